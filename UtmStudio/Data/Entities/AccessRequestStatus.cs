namespace UtmStudio.Data.Entities;

/// <summary>Stored as 'pending' / 'approved' / 'declined' / 'withdrawn'.</summary>
public enum AccessRequestStatus
{
    Pending,
    Approved,
    Declined,

    /// <summary>The requester took it back. Kept (not deleted), so the daily cap on requests counts it.</summary>
    Withdrawn,
}
