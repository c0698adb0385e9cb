using Azure;

namespace Hotline.Azure.Tables;

/// <summary>What one operation of an entity-group transaction does.</summary>
public enum TableTransactionActionType
{
    /// <summary>Insert; fails if the entity exists.</summary>
    Add = 0,

    /// <summary>Merge into an existing entity, checking the action's ETag.</summary>
    UpdateMerge = 1,

    /// <summary>Replace an existing entity, checking the action's ETag.</summary>
    UpdateReplace = 2,

    /// <summary>Delete, checking the action's ETag (default: unconditional).</summary>
    Delete = 3,

    /// <summary>Insert or merge, without a concurrency check.</summary>
    UpsertMerge = 4,

    /// <summary>Insert or replace, without a concurrency check.</summary>
    UpsertReplace = 5,
}

/// <summary>One operation of <see cref="TableClient.SubmitTransactionAsync"/>.</summary>
/// <param name="ActionType">What to do.</param>
/// <param name="Entity">The entity (for <see cref="TableTransactionActionType.Delete"/> only its keys matter).</param>
/// <param name="ETag">
/// For updates and deletes: the ETag that must still match (<see cref="ETag.All"/> for any). When default, the
/// entity's own <see cref="TableEntity.ETag"/> is used; if that is default too, an update is refused and a delete
/// is unconditional. Adds and upserts ignore it.
/// </param>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, ETag ETag = default);
