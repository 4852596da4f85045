"""Exit-interview insights: the first design, before any security review.

A large employer with staff across the EU wants to learn why people leave. Every
leaver gets an exit survey from a SaaS survey vendor, sent to their personal
e-mail address in their last week; some also have a face-to-face exit interview
whose notes an HR interviewer types into the HRIS. Each night an ingestion job
pulls the survey answers and the interview notes, joins them to org data from the
HRIS (business unit, team, manager, grade, tenure), drops names and e-mail
addresses and keeps the free-text comments as written. Once a month a summariser
batches the comments per team and asks a hosted LLM (enterprise API, EU region)
for themes, sentiment and a few representative quotes. HR business partners and
team managers read the results on an internal dashboard behind corporate SSO with
MFA; roles limit HRBPs to their business units and managers to their own teams.
The people analytics team maintains the theme taxonomy and the prompt template.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Exit-interview sentiment summaries",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM themes and sentiment from leavers' exit surveys and interview notes, "
    "for HR business partners and team managers.",
)

# ---------------------------------------------------------------- data assets
survey_answers = tg.Data(
    "Exit survey responses",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Ratings, leaving reason and free-text comments, keyed by employee number.",
)
interview_notes = tg.Data(
    "Exit interview notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="The interviewer's typed notes of what the leaver said.",
)
org_data = tg.Data(
    "Employee org data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Business unit, team, line manager, grade, tenure and leaving date.",
)
comments = tg.Data(
    "Pseudonymised exit comments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Answers and notes with names and e-mail removed, tagged with team and "
    "grade; free text is kept as written.",
)
taxonomy = tg.Data(
    "Theme taxonomy and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Prompt template, theme list and one team's comments for the month.",
)
summary = tg.Data(
    "Theme and sentiment summaries",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Themes, sentiment per theme and up to three representative quotes per "
    "team and month.",
)
dashboard_query = tg.Data("Dashboard request", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The leaver answers from a personal device: corporate access may already be gone.
    leaver = tm.add(tg.Actor("Leaver", role="leaving employee"))

with tm.boundary("Survey vendor", trust=tg.Trust.PARTNER):
    # Where the exit survey is hosted and answered.
    survey = tm.add(
        tg.ExternalService(
            "Exit survey platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="SaaS survey tool; the survey link is unique per leaver.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the themes and sentiment; we do not host a model ourselves.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's enterprise API, EU region.",
            controls={
                c.SupplierAssessment(
                    note="enterprise agreement and DPA: EU processing, no training on our data"
                )
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs face-to-face exit interviews and records the notes.
    interviewer = tm.add(tg.Actor("HR interviewer", role="HR staff"))
    # Reads all teams in their business units to plan retention work.
    hrbp = tm.add(tg.Actor("HR business partner", role="HR business partner"))
    # Reads the themes for their own team.
    manager = tm.add(tg.Actor("Team manager", role="line manager"))
    # Maintains the theme list and the prompt; runs the monthly batch.
    analyst = tm.add(tg.Actor("People analytics analyst", role="people analytics", privileged=True))

    with tm.boundary("HR systems", trust=tg.Trust.RESTRICTED):
        # System of record for employees; holds the interview notes too.
        hris = tm.add(
            tg.DataStore(
                "HRIS",
                stores={org_data, interview_notes},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed")},
            )
        )

with tm.boundary("HR analytics cloud tenant", trust=tg.Trust.INTERNAL):
    # Nightly pull from the survey vendor and the HRIS; strips direct identifiers.
    ingestion = tm.add(
        tg.Pipeline(
            "Exit data ingestion",
            stage=tg.Stage.INGESTION,
            description="Nightly; joins answers and notes to org data by employee number.",
            controls={
                c.DataMinimization(
                    note="drops names, e-mail and employee number; free text kept as written"
                )
            },
        )
    )
    # Working copy of the comments the summariser reads.
    responses = tm.add(
        tg.DataStore(
            "Exit comments store",
            stores={comments},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The theme list and prompt template the analysts edit.
    config = tm.add(tg.DataStore("Theme taxonomy configuration", stores={taxonomy}))
    # Builds one prompt per team and month and calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Exit theme summariser",
            description="Monthly batch: groups comments by team, calls the LLM, stores results.",
        )
    )
    # The results the dashboard shows.
    results = tm.add(
        tg.DataStore(
            "Theme results store",
            stores={summary},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # What HRBPs and managers open.
    dashboard = tm.add(
        tg.Endpoint(
            "Exit insights dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Shows themes, sentiment trends and quotes by team and month.",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="HRBPs see their business units, managers their own teams"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(leaver, survey, survey_answers, protocol="https")
tm.flow(interviewer, hris, interview_notes, protocol="https", label="notes typed after interview")

tm.flow(survey, ingestion, survey_answers, protocol="https", label="nightly API export")
tm.flow(hris, ingestion, org_data, interview_notes, protocol="https", label="nightly export")
tm.flow(ingestion, responses, comments)

tm.flow(analyst, config, taxonomy, protocol="https")
tm.flow(config, summariser, taxonomy)
tm.flow(responses, summariser, comments, label="monthly batch")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, results, summary)

tm.flow(results, dashboard, summary)
tm.flow(hrbp, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, hrbp, summary, protocol="https")
tm.flow(manager, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, manager, summary, protocol="https")
tm.flow(analyst, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, analyst, summary, protocol="https")
