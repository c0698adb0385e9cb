namespace Hotline.Azure.Tables;

/// <summary>How an update or upsert treats properties the sent entity does not carry.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep them (HTTP PATCH/MERGE).</summary>
    Merge = 0,

    /// <summary>Drop them: the stored entity becomes exactly the sent one (HTTP PUT).</summary>
    Replace = 1,
}
