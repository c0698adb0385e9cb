namespace Hotline.Local.Durable;

/// <summary>
/// The Durable Task Framework client's data converter, delegating to the SDK's System.Text.Json converter that the shims
/// use inside the worker, so what the client writes (inputs, events) is read back the way the orchestrator expects, and
/// custom status and output come back as the SDK wrote them. (DTFx's default is Newtonsoft.Json.)
/// </summary>
public sealed class SdkDataConverter : DurableTask.Core.Serializing.DataConverter
{
    private readonly Microsoft.DurableTask.Converters.JsonDataConverter _sdk = Microsoft.DurableTask.Converters.JsonDataConverter.Default;

    public override string Serialize(object value) => _sdk.Serialize(value) ?? "null";

    public override string Serialize(object value, bool formatted) => Serialize(value);

    public override object Deserialize(string data, Type objectType) => _sdk.Deserialize(data, objectType)!;
}
