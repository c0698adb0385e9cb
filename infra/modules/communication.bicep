// Azure Communication Services for SMS. The phone number is bought in the portal (docs/azure.md): number purchase is
// a billing decision with country and verification rules, so it is not scripted.
param name string
param dataLocation string
param tags object

resource acs 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: name
  location: 'global'
  tags: tags
  properties: { dataLocation: dataLocation }
}

output id string = acs.id
output name string = acs.name
