namespace UtmStudio.Data.Entities;

/// <summary>Stored as 'active' / 'paused' / 'completed', as in the brief.</summary>
public enum CampaignStatus
{
    Active,
    Paused,
    Completed,
}
