namespace UtmStudio.Features.Shared;

/// <summary>
/// Every error code UtmStudio answers with: the <c>code</c> of a JSON problem (RFC 9457) and of every
/// <see cref="AppProblem"/>. API clients branch on them, so a code keeps its meaning once released: add a new one
/// rather than reuse an old one. Dotted and lowercase, <c>area.what</c>; each carries its HTTP status and a short
/// title that is the same for every occurrence (the <c>detail</c> says what happened this time).
/// </summary>
public static class ErrorCodes
{
    // ---- Any feature: the kinds of problem -------------------------------------------------------------

    /// <summary>Missing, or belonging to a domain the caller is not a member of: the two look the same on purpose.</summary>
    [ErrorCode(404, "Not found")]
    public const string NotFound = "not_found";

    /// <summary>The caller is a member of the domain, but their role does not allow this (e.g. a team member changing settings).</summary>
    [ErrorCode(403, "Not allowed")]
    public const string Forbidden = "forbidden";

    /// <summary>Input that cannot be saved as it is; <c>errors</c> names the fields when known.</summary>
    [ErrorCode(400, "Invalid input")]
    public const string ValidationFailed = "validation.failed";

    /// <summary>Someone else changed the same thing since it was read (optimistic concurrency); reload and try again.</summary>
    [ErrorCode(409, "Changed at the same time")]
    public const string ConcurrencyConflict = "concurrency.conflict";

    /// <summary>Too many requests of this kind for now; <c>Retry-After</c> says when to try again when known.</summary>
    [ErrorCode(429, "Too many requests")]
    public const string RateLimited = "rate_limited";

    // ---- HTTP itself (answered by the pipeline, not by a service) -------------------------------------

    /// <summary>No API endpoint at this address (or no short link with this code).</summary>
    [ErrorCode(404, "No such endpoint")]
    public const string EndpointNotFound = "endpoint.not_found";

    /// <summary>The address exists, but not for this HTTP method.</summary>
    [ErrorCode(405, "Method not allowed")]
    public const string MethodNotAllowed = "method.not_allowed";

    /// <summary>The request needs a signed-in user or an API key.</summary>
    [ErrorCode(401, "Authentication required")]
    public const string AuthenticationRequired = "authentication.required";

    /// <summary>The request could not be read (malformed JSON, a parameter of the wrong type, a missing antiforgery token).</summary>
    [ErrorCode(400, "Bad request")]
    public const string BadRequest = "request.invalid";

    /// <summary>Something failed on our side. It has been logged; the response carries a trace id to quote.</summary>
    [ErrorCode(500, "Internal error")]
    public const string InternalError = "internal_error";

    // ---- The REST API (Features/Api) ---------------------------------------------------------------------

    /// <summary>The API key is valid but lacks the scope this endpoint needs; <c>missingScope</c> names it.</summary>
    [ErrorCode(403, "Scope missing")]
    public const string ScopeMissing = "auth.scope_missing";

    /// <summary>The <c>If-Match</c> header names a version that is no longer current: read the resource again.</summary>
    [ErrorCode(412, "Version changed")]
    public const string PreconditionFailed = "precondition.failed";

    /// <summary>This change needs an <c>If-Match</c> header with the resource's ETag (no blind overwrites).</summary>
    [ErrorCode(428, "If-Match required")]
    public const string PreconditionRequired = "precondition.required";

    /// <summary>The Idempotency-Key was used before with a different request body.</summary>
    [ErrorCode(422, "Idempotency key reused")]
    public const string IdempotencyKeyReused = "idempotency.key_reused";

    /// <summary>A request with this Idempotency-Key is still being answered; retry in a moment.</summary>
    [ErrorCode(409, "Request in progress")]
    public const string IdempotencyInProgress = "idempotency.in_progress";

    // ---- Domains (rules 1–4, docs/rules.md) ---------------------------------------------------------------------------

    /// <summary>
    /// Asking to join a domain that no team uses yet (the caller may create it instead). A domain the caller does
    /// not belong to answers <see cref="NotFound"/>, like anything else that is missing or not theirs.
    /// </summary>
    [ErrorCode(404, "Domain not found")]
    public const string DomainNotFound = "domain.not_found";

    /// <summary>Another team already uses this domain name; the caller can ask its managers for access (rule 3, docs/rules.md#r3).</summary>
    [ErrorCode(409, "Domain name taken")]
    public const string DomainTaken = "domain.taken";

    /// <summary>The domain's subscription is inactive: it is read-only, and its short links keep working.</summary>
    [ErrorCode(409, "Domain is read-only")]
    public const string DomainReadOnly = "domain.read_only";

    /// <summary>Someone signed up with this domain, so it cannot be deleted (rule 4, docs/rules.md#r4).</summary>
    [ErrorCode(409, "Domain is someone's sign-up domain")]
    public const string DomainIsSignupDomain = "domain.signup_domain";

    /// <summary>The name belongs to nobody's company: a public suffix (co.uk, github.io) or a public mail service (gmail.com).</summary>
    [ErrorCode(422, "Domain name cannot be claimed")]
    public const string DomainNotClaimable = "domain.not_claimable";

    /// <summary>An operator reassigned a domain to an email that no account uses (they must sign in once first).</summary>
    [ErrorCode(422, "No account with this email")]
    public const string OperatorAccountNotFound = "operator.account_not_found";

    // ---- Team: members, invitations, access requests (rule 5, docs/rules.md#r5) -----------------------------------------

    /// <summary>The person is already a member of the domain.</summary>
    [ErrorCode(409, "Already a member")]
    public const string TeamAlreadyMember = "team.already_member";

    /// <summary>An open invitation to this address exists; resend or copy it instead.</summary>
    [ErrorCode(409, "Already invited")]
    public const string TeamAlreadyInvited = "team.already_invited";

    /// <summary>The caller already has a pending request to join this domain.</summary>
    [ErrorCode(409, "Already requested")]
    public const string TeamAlreadyRequested = "team.already_requested";

    /// <summary>Another manager approved or declined this access request already; the detail says which.</summary>
    [ErrorCode(409, "Request already answered")]
    public const string TeamRequestAnswered = "team.request_answered";

    /// <summary>The change would leave the domain without a manager (rule 5, docs/rules.md#r5).</summary>
    [ErrorCode(409, "A domain keeps one manager")]
    public const string TeamLastManager = "team.last_manager";

    /// <summary>Managers leave a domain with "leave", not by removing themselves.</summary>
    [ErrorCode(422, "Use leave instead")]
    public const string TeamRemoveSelf = "team.remove_self";

    /// <summary>Nobody leaves the domain they signed up with (rule 3, docs/rules.md#r3: everyone keeps a domain).</summary>
    [ErrorCode(409, "Sign-up domain cannot be left")]
    public const string TeamLeaveSignupDomain = "team.leave_signup_domain";

    // ---- Campaigns (rule 6) ----------------------------------------------------------------------------

    /// <summary>Another campaign of the domain has this name (ignoring case).</summary>
    [ErrorCode(409, "Campaign name taken")]
    public const string CampaignNameTaken = "campaign.name_taken";

    /// <summary>Another campaign of the domain uses this utm_campaign value: reports would merge the two.</summary>
    [ErrorCode(409, "utm_campaign taken")]
    public const string CampaignUtmCampaignTaken = "campaign.utm_campaign_taken";

    /// <summary>Another campaign of the domain uses this utm_id (GA4 campaign ID).</summary>
    [ErrorCode(409, "utm_id taken")]
    public const string CampaignUtmIdTaken = "campaign.utm_id_taken";

    /// <summary>The campaign has links: say whether they keep their old utm_campaign or take the new one.</summary>
    [ErrorCode(422, "Links use the old utm_campaign")]
    public const string CampaignUtmCampaignHasLinks = "campaign.utm_campaign_has_links";

    // ---- Links (rule 7) --------------------------------------------------------------------------------

    /// <summary>The domain already has a link with exactly this full URL; the problem names it.</summary>
    [ErrorCode(409, "Link already exists")]
    public const string LinkDuplicate = "link.duplicate";

    /// <summary>Two people saved a template with the same name at the same moment.</summary>
    [ErrorCode(409, "Template name taken")]
    public const string LinkTemplateNameTaken = "link.template_name_taken";

    // ---- Email ----------------------------------------------------------------------------------------

    /// <summary>The mail server refused or could not be reached; what was saved stays saved (copy the link instead).</summary>
    [ErrorCode(502, "Email not sent")]
    public const string EmailNotSent = "email.not_sent";

    /// <summary>Every code above with its status and title.</summary>
    public static IReadOnlyCollection<ErrorCodeInfo> All => ErrorCodeInfo.Catalogue.Values;

    /// <summary>The status and title of a code, or null for a code that is not declared here.</summary>
    public static ErrorCodeInfo? Find(string code) => ErrorCodeInfo.Catalogue.GetValueOrDefault(code);
}
