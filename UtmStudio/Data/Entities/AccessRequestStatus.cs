namespace UtmStudio.Data.Entities;

/// <summary>Stored as 'pending' / 'approved' / 'declined'.</summary>
public enum AccessRequestStatus
{
    Pending,
    Approved,
    Declined,
}
