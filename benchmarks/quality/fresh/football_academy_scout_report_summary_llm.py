"""Academy scout report summariser: the first design, before any security review.

A professional football club's academy recruits boys and girls aged 8 to 16.
Part-time regional scouts file written reports on young players they watch
(attributes, position, current grassroots club, contact with the family) from
their phones and laptops through the club's scouting web app. A nightly job
pulls youth-match event data and per-player statistics from a match data vendor.
Before each recruitment meeting the academy manager picks players in the
recruitment dashboard; a summary service gathers the player's record, every
scout report on them and their match statistics, and asks a hosted LLM for a
one-page summary that goes into the meeting pack the manager edits and shares.
Everything runs in the club's cloud tenant; scouts and staff sign in with their
club Microsoft Entra ID accounts (MFA), the scouting database is encrypted at
rest, and the LLM vendor was reviewed and signed a data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Academy scout report summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM summaries of scout reports and match data on young players, "
        "for the academy manager's recruitment meetings."
    ),
)

# ---------------------------------------------------------------- data assets
scout_report = tg.Data(
    "Scout reports",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Free-text observations on a named child: ability, character, family contact.",
)
player_profile = tg.Data(
    "Player profiles",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, date of birth, current club, school year, parent or guardian contact.",
)
match_events = tg.Data(
    "Youth match event data",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Per-match events (passes, shots, minutes) tagged with player names.",
)
match_stats = tg.Data("Player match statistics", sensitivity=tg.Sensitivity.PII, kind="features")
summary_request = tg.Data(
    "Summary request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="The players picked for a meeting and what the manager wants covered.",
)
llm_prompt = tg.Data(
    "Summary prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the player's profile, scout reports and statistics.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
player_summary = tg.Data("Player summary", sensitivity=tg.Sensitivity.PII, kind="model-output")
meeting_pack = tg.Data(
    "Recruitment meeting pack",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Edited summaries and the manager's notes, shared with recruitment staff.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Part-time scouts file reports from grounds and from home.
    scout = tm.add(tg.Actor("Regional scout", role="scout"))

with tm.boundary("Match data vendor", trust=tg.Trust.PARTNER):
    # Commercial provider of youth-league event data, read through its REST API.
    vendor = tm.add(
        tg.ExternalService(
            "Match data vendor API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The hosted model that writes the summaries; we do not run or train it.
    llm = tm.add(
        tg.LLM(
            "Hosted summary LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model; its summaries inform which children are offered trials.",
            controls={
                c.SupplierAssessment(
                    note="DPA signed; UK region, no training on prompts, 30-day abuse-monitoring retention"
                )
            },
        )
    )

with tm.boundary("Club cloud tenant", trust=tg.Trust.INTERNAL):
    # Where scouts file and edit their reports.
    scouting_app = tm.add(
        tg.Endpoint(
            "Scouting web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="club Microsoft Entra ID accounts with MFA")},
        )
    )
    # The system of record for scouting: reports and player profiles.
    scouting_db = tm.add(
        tg.DataStore(
            "Scouting database",
            stores={scout_report, player_profile},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Pulls last week's youth fixtures and aggregates per-player statistics.
    ingest = tm.add(
        tg.Pipeline(
            "Nightly match data import",
            stage=tg.Stage.INGESTION,
            description="Calls the vendor API with the club's API key and aggregates statistics.",
        )
    )
    stats_store = tm.add(tg.DataStore("Match statistics store", stores={match_stats}))
    # Assembles each player's material into a prompt and calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Summary service",
            description="Builds one prompt per player from the database and statistics store.",
        )
    )
    # What the academy manager uses to pick players and edit the meeting pack.
    dashboard = tm.add(
        tg.Endpoint(
            "Recruitment dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="club Microsoft Entra ID accounts with MFA"),
                c.RBAC(note="academy recruitment staff group only"),
            },
        )
    )
    # Generated summaries and the edited packs, kept for later meetings.
    pack_store = tm.add(tg.DataStore("Meeting pack store", stores={player_summary, meeting_pack}))

with tm.boundary("Club office network", trust=tg.Trust.INTERNAL):
    # Runs the recruitment meetings and decides who is invited to trial.
    manager = tm.add(tg.Actor("Academy manager", role="academy manager"))

# ---------------------------------------------------------------- flows
tm.flow(scout, scouting_app, scout_report, player_profile, protocol="https")
tm.flow(scouting_app, scout, scout_report, player_profile, protocol="https", label="own reports")
tm.flow(scouting_app, scouting_db, scout_report, player_profile)
tm.flow(scouting_db, scouting_app, scout_report, player_profile)

tm.flow(vendor, ingest, match_events, protocol="https", label="nightly pull")
tm.flow(ingest, stats_store, match_stats)

tm.flow(manager, dashboard, summary_request, protocol="https")
tm.flow(dashboard, summariser, summary_request)
tm.flow(scouting_db, summariser, scout_report, player_profile)
tm.flow(stats_store, summariser, match_stats)
tm.flow(summariser, llm, llm_prompt, protocol="https")
tm.flow(llm, summariser, llm_completion, protocol="https")
tm.flow(summariser, pack_store, player_summary)
tm.flow(pack_store, dashboard, player_summary, meeting_pack)
tm.flow(dashboard, manager, player_summary, meeting_pack, protocol="https")
tm.flow(manager, dashboard, meeting_pack, protocol="https", label="edits and notes")
tm.flow(dashboard, pack_store, meeting_pack)
