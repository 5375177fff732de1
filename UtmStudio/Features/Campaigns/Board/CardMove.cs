using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Campaigns.Board;

/// <summary>A person asked to move a card (by dragging it or from its menu) to another column.</summary>
public sealed record CardMove(CampaignCard Card, CampaignStatus To);
