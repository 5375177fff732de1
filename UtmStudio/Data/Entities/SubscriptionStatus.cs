namespace UtmStudio.Data.Entities;

/// <summary>Stored as 'trial' / 'active' / 'inactive', as in the brief.</summary>
public enum SubscriptionStatus
{
    Trial,
    Active,
    Inactive,
}
