// ACS publishes SMS events to a system topic; the subscription delivers replies and delivery reports to the
// SmsEvent function's Event Grid trigger (the trigger answers the validation handshake).
param name string
param tags object
param communicationId string
param functionAppId string
param subscribe bool

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: name
  location: 'global'
  tags: tags
  properties: {
    source: communicationId
    topicType: 'Microsoft.Communication.CommunicationServices'
  }
}

resource sms 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2022-06-15' = if (subscribe) {
  parent: topic
  name: 'sms-to-functions'
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'AzureFunction'
      properties: {
        resourceId: '${functionAppId}/functions/SmsEvent'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Communication.SMSReceived'
        'Microsoft.Communication.SMSDeliveryReportReceived'
      ]
    }
    retryPolicy: { maxDeliveryAttempts: 30, eventTimeToLiveInMinutes: 1440 }
  }
}

output systemTopicName string = topic.name
