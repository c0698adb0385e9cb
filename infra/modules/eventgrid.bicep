// ACS publishes SMS events to a system topic; a WebHook subscription delivers replies and delivery reports to the
// SmsInbound HTTP function (POST /api/sms/inbound), which answers Event Grid's validation handshake itself. The Event
// Grid trigger extension is not used. The URL carries the function's key, read from the deployed function at
// deployment time (listKeys): it is never in parameters or in the repository. Create the subscription only once the
// code is deployed (subscribe=true), because Event Grid validates the endpoint when the subscription is created.
param name string
param tags object
param communicationId string
param functionAppId string
param functionHostName string
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
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionHostName}/api/sms/inbound?code=${listKeys('${functionAppId}/functions/SmsInbound', '2023-12-01').default}'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Communication.SMSReceived'
        'Microsoft.Communication.SMSDeliveryReportReceived'
      ]
    }
    // A 503 (the reply to an SMS could not be sent) is retried with backoff for up to a day.
    retryPolicy: { maxDeliveryAttempts: 30, eventTimeToLiveInMinutes: 1440 }
  }
}

output systemTopicName string = topic.name
