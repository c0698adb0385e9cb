// The Function App on Flex Consumption, .NET 10 isolated. App setting names match what the code reads:
//   AzureWebJobsStorage__*        Functions host and the Durable task hub, through the managed identity
//   HOTLINE_HUB_NAME              host.json extensions.durableTask.hubName (%HOTLINE_HUB_NAME%)
//   Hotline__*                    FunctionsSettings (section "Hotline"), the same names as the local host
//   AZURE_CLIENT_ID               the user-assigned identity DefaultAzureCredential signs in as (the case tables)
// The case tables are reached with the managed identity (Hotline__Tables is the account's table endpoint; the identity
// holds Storage Table Data Contributor, see storage.bicep). The ACS access key below is read from the resource at
// deployment time and never appears in parameters or in the repository: the project's own ACS client signs requests
// with it (HMAC). Move it to a Key Vault reference if your policy requires it.
param name string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerUrl string
param appInsightsConnectionString string
param communicationName string
param smsFrom string
param defaultProfile string
param hubName string

@secure()
@description('Secret keying callers\' search rows (R-PV-1); empty: generated once and kept in the counters table. Never change it once set.')
param searchIndexKey string = ''

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource acs 'Microsoft.Communication/communicationServices@2023-04-01' existing = {
  name: communicationName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: 40, instanceMemoryMB: 2048 }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
        { name: 'HOTLINE_HUB_NAME', value: hubName }
        { name: 'AZURE_CLIENT_ID', value: identityClientId }
        { name: 'Hotline__Tables', value: storage.properties.primaryEndpoints.table }
        { name: 'Hotline__TablePrefix', value: 'hotline' }
        { name: 'Hotline__IndexKey', value: searchIndexKey }
        { name: 'Hotline__DefaultProfile', value: defaultProfile }
        { name: 'Hotline__Sms__ConnectionString', value: acs.listKeys().primaryConnectionString }
        { name: 'Hotline__Sms__From', value: smsFrom }
      ]
    }
  }
}

output id string = app.id
output name string = app.name
output defaultHostName string = app.properties.defaultHostName
