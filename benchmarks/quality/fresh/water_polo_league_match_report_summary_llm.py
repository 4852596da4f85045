"""Water polo league match report assistant: the first design, before any security review.

After each league fixture the referee uploads the signed score sheet (goals by
quarter, exclusions, penalties, time-outs, cap numbers and player names) to the
league's match submission portal, and each club's statistician uploads its own
match statistics (shots, saves, steals) as a spreadsheet export. A summary
generator in the league's cloud tenancy combines both with the team rosters and
the league's house style guide, and asks a hosted LLM for a short written match
report. Drafts wait in a review queue; the league secretary reads, edits and
approves each one in a review console, and only approved reports are pushed to
the public league website's CMS. Portal accounts are per club and per referee
(e-mail and password), the review console signs in through the league's Google
Workspace with 2-step verification, uploads are checked for file type and size,
and every connection runs over HTTPS. The league plays in the EU, so player
names and disciplinary records are personal data under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water polo league match report assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted match summaries from score sheets and club statistics, "
    "approved by the league secretary before publication.",
)

# ---------------------------------------------------------------- data assets
score_sheet = tg.Data(
    "Referee score sheet",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Scanned or PDF score sheet: scores by quarter, exclusions, penalties, "
    "player names and cap numbers, referee names and signatures.",
)
club_stats = tg.Data(
    "Club match statistics",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-player shots, goals, saves and steals exported from the club's stats app.",
)
rosters = tg.Data(
    "Team rosters",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registered players per club with cap numbers and dates of birth.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
style_guide = tg.Data(
    "House style guide and example reports",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Style instructions, match facts, per-player statistics and roster names.",
)
draft = tg.Data("Draft match summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
edits = tg.Data(
    "Secretary edits and approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
published = tg.Data("Published match report", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Match officials submit the official score sheet after each game.
    referee = tm.add(tg.Actor("Referee", role="match official"))
    # Each club's volunteer statistician uploads the club's own numbers.
    statistician = tm.add(tg.Actor("Club statistician", role="club volunteer"))
    # Fans, players and press read the published reports.
    visitor = tm.add(tg.Actor("Website visitor", role="public reader"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose text model behind the vendor's API; writes the prose.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat-completion API called with a league API key.",
        )
    )

with tm.boundary("League cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where referees and clubs upload their match paperwork.
    portal = tm.add(
        tg.Endpoint(
            "Match submission portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password per club and per referee"),
                c.InputValidation(note="PDF, image and CSV only, 10 MB limit"),
            },
        )
    )
    # System of record for fixtures, score sheets, club statistics and rosters.
    match_db = tm.add(
        tg.DataStore(
            "Match records database",
            stores={score_sheet, club_stats, rosters},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference material the generator puts at the top of every prompt.
    style_store = tm.add(tg.DataStore("Style guide store", stores={style_guide}))
    # Builds the prompt per fixture and calls the LLM once both uploads are in.
    generator = tm.add(
        tg.Service(
            "Summary generator",
            description="Triggered when a fixture has both a score sheet and club statistics.",
        )
    )
    # Holds drafts until the secretary approves or rejects them.
    drafts = tm.add(tg.DataStore("Draft review queue", stores={draft, edits}))
    # Where the league secretary reads, edits and approves drafts.
    console = tm.add(
        tg.Endpoint(
            "Review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.HumanInTheLoop(approver="league secretary"),
            },
        )
    )
    # Public league website; only approved reports are pushed here.
    cms = tm.add(
        tg.Service(
            "League website CMS",
            internet_facing=True,
            description="Hosted CMS serving fixtures, tables and match reports.",
        )
    )

with tm.boundary("League office", trust=tg.Trust.INTERNAL):
    # Volunteer secretary who signs off every report before it goes public.
    secretary = tm.add(tg.Actor("League secretary", role="league administrator"))

# ---------------------------------------------------------------- flows
tm.flow(referee, portal, score_sheet, protocol="https")
tm.flow(statistician, portal, club_stats, protocol="https")
tm.flow(portal, referee, receipt, protocol="https", id="portal->referee")
tm.flow(portal, statistician, receipt, protocol="https", id="portal->statistician")
tm.flow(portal, match_db, score_sheet, club_stats)

tm.flow(match_db, generator, score_sheet, club_stats, rosters, label="fixture ready")
tm.flow(style_store, generator, style_guide)
tm.flow(generator, llm, prompt, protocol="https")
tm.flow(llm, generator, draft, protocol="https")
tm.flow(generator, drafts, draft)

tm.flow(drafts, console, draft)
tm.flow(console, secretary, draft, protocol="https")
tm.flow(secretary, console, edits, protocol="https")
tm.flow(console, drafts, edits)
tm.flow(console, cms, published, protocol="https", label="publish approved report")
tm.flow(cms, visitor, published, protocol="https")
