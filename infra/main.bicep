// Hotline on Azure: Functions (Flex Consumption, .NET 10 isolated) + Durable task hub and case tables in one storage
// account + Communication Services (SMS) + Event Grid for replies and delivery reports + Application Insights.
// No secrets in parameters; see docs/azure.md for the order: provision, deploy, then provision again with
// subscribeSmsEvents=true (Event Grid validates the function endpoint, which exists only after the first deploy).
targetScope = 'resourceGroup'

@description('Short name used in every resource name (letters and digits).')
@minLength(3)
@maxLength(12)
param name string

param location string = resourceGroup().location

@description('Where ACS keeps its data at rest (e.g. "United States", "Europe", "Asia Pacific").')
param communicationDataLocation string = 'United States'

@description('The ACS number texts come from (E.164), bought in the portal after the first provision.')
param smsFrom string = ''

@description('Built-in profile new cases run under.')
param defaultProfile string = 'park-dispatch'

@description('Durable task hub name (letters and digits); also the HOTLINE_HUB_NAME app setting that host.json reads.')
param hubName string = 'Hotline'

@secure()
@description('Secret keying callers\' phone search rows (HMAC, at least 16 characters). Empty (the default): the app generates one and keeps it in its tables. Once set, keep passing the same value: a new one makes earlier callers unfindable by phone.')
param searchIndexKey string = ''

@description('Create the Event Grid WebHook subscription to the SmsInbound function. Set true once the code is deployed.')
param subscribeSmsEvents bool = false

var suffix = uniqueString(resourceGroup().id, name)
var tags = { app: 'hotline', name: name }

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { name: 'id-${name}-${suffix}', location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { name: '${name}-${suffix}', location: location, tags: tags, principalId: identity.outputs.principalId }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: { name: toLower('st${name}${take(suffix, 8)}'), location: location, tags: tags, principalId: identity.outputs.principalId }
}

module communication 'modules/communication.bicep' = {
  name: 'communication'
  params: { name: 'acs-${name}-${suffix}', dataLocation: communicationDataLocation, tags: tags }
}

module functions 'modules/functions.bicep' = {
  name: 'functions'
  params: {
    name: 'func-${name}-${suffix}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsConnectionString: monitoring.outputs.connectionString
    communicationName: communication.outputs.name
    smsFrom: smsFrom
    defaultProfile: defaultProfile
    hubName: hubName
    searchIndexKey: searchIndexKey
  }
}

module events 'modules/eventgrid.bicep' = {
  name: 'eventgrid'
  params: {
    name: 'evgt-${name}-${suffix}'
    tags: tags
    communicationId: communication.outputs.id
    functionAppId: functions.outputs.id
    functionHostName: functions.outputs.defaultHostName
    subscribe: subscribeSmsEvents
  }
}

output functionAppName string = functions.outputs.name
output apiBaseUrl string = 'https://${functions.outputs.defaultHostName}/api'
output storageAccountName string = storage.outputs.name
output communicationServiceName string = communication.outputs.name
output eventGridSystemTopicName string = events.outputs.systemTopicName
