"""Pipe band competition results and judging assistant: the first design.

A pipe band association runs championships through the season. At each contest
the judges (piping, drumming and ensemble) score every band on paper score
sheets and hand them in at the results tent, where a steward scans them on a
sheet-fed scanner attached to the results laptop. A results service in the
association's cloud account sends the scans to a hosted LLM, which transcribes
the handwritten marks and remarks and drafts the results table and a short
comments summary for each band. The results secretary signs in to an admin
portal, checks every draft against the original scans and publishes the
results on the public website; nothing is published without that check.
Bands can appeal through a form on the website within seven days; appeals are
kept in an appeals store and answered by the secretary by e-mail. The admin
portal uses e-mail and password sign-in; traffic is HTTPS throughout.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Pipe band competition results and judging LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-transcribed score sheets and drafted results, checked and "
    "published by the results secretary, with a one-week appeal window.",
)

# ---------------------------------------------------------------- data assets
score_sheets = tg.Data(
    "Completed score sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Paper sheets with the judge's name, marks and handwritten remarks per band.",
)
sheet_scans = tg.Data(
    "Score sheet scans",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
transcription_prompt = tg.Data(
    "Transcription and drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the contest's band list and the sheet scans.",
)
llm_draft = tg.Data(
    "Transcribed marks and drafted comments",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
draft_results = tg.Data(
    "Draft results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Placings, marks per judge and comments summary per band, awaiting checks.",
)
review_edits = tg.Data(
    "Secretary corrections and publish approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
published_results = tg.Data(
    "Published results and comments",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
appeal = tg.Data(
    "Band appeal",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Band, contest, grounds, and the band secretary's name, e-mail and phone.",
)
appeal_reply = tg.Data("Appeal decision e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Band secretaries read the results and lodge appeals; anyone can read the site.
    band_secretary = tm.add(tg.Actor("Band secretary", role="band representative"))

with tm.boundary("Contest field", trust=tg.Trust.INTERNAL):
    # Volunteer judges fill in paper sheets; they never touch the system directly.
    judge = tm.add(tg.Actor("Judge", role="adjudicator"))
    # Sheet-fed scanner on the results-tent laptop, uploading over the venue's 4G router.
    scanner = tm.add(
        tg.Device(
            "Results tent scanner",
            fleet=False,
            description="Sheet-fed scanner and laptop in the results tent; uploads scans.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model: reads handwriting and drafts the comments summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Transcribes handwritten marks and remarks; drafts results text.",
        )
    )

with tm.boundary("Association cloud", trust=tg.Trust.INTERNAL):
    # Receives scans, calls the LLM and turns its output into draft results.
    results_service = tm.add(
        tg.Service(
            "Results drafting service",
            description="Stores scans, asks the LLM for transcription and drafts, "
            "checks the marks add up, and saves draft results.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the results secretary",
                    note="every draft is checked against the scans before it can be published",
                )
            },
        )
    )
    # The original scans, kept as the record for checks and appeals.
    sheet_archive = tm.add(tg.DataStore("Score sheet archive", stores={sheet_scans}))
    # Drafts and published results for every contest of the season.
    results_db = tm.add(tg.DataStore("Results database", stores={draft_results, published_results}))
    # Where the results secretary checks drafts against scans and publishes.
    admin_portal = tm.add(
        tg.Endpoint(
            "Results admin portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Public results pages.
    website = tm.add(
        tg.Endpoint("Public results website", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # Web form for appeals within seven days of publication.
    appeals_form = tm.add(
        tg.Endpoint(
            "Appeals form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Contestability(note="appeals open for seven days")},
        )
    )
    # Lodged appeals, read by the secretary and the music board.
    appeals_store = tm.add(tg.DataStore("Appeals store", stores={appeal}))

with tm.boundary("Association office", trust=tg.Trust.INTERNAL):
    # Checks every draft, publishes, and handles appeals.
    secretary = tm.add(
        tg.Actor(
            "Results secretary",
            role="results secretary",
            privileged=True,
            description="Signs off each result before publication; decides appeals "
            "with the music board.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends appeal acknowledgements and decisions to bands.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(judge, scanner, score_sheets, label="sheets handed in at the results tent")
tm.flow(scanner, results_service, sheet_scans, protocol="https")
tm.flow(results_service, sheet_archive, sheet_scans)
tm.flow(results_service, llm, transcription_prompt, protocol="https")
tm.flow(llm, results_service, llm_draft, protocol="https")
tm.flow(results_service, results_db, draft_results)

tm.flow(results_db, admin_portal, draft_results, label="drafts to check")
tm.flow(sheet_archive, admin_portal, sheet_scans, label="original scans")
tm.flow(admin_portal, secretary, draft_results, sheet_scans, protocol="https")
tm.flow(secretary, admin_portal, review_edits, protocol="https")
tm.flow(admin_portal, results_db, published_results, label="publish")

tm.flow(results_db, website, published_results)
tm.flow(website, band_secretary, published_results, protocol="https")

tm.flow(band_secretary, appeals_form, appeal, protocol="https")
tm.flow(appeals_form, appeals_store, appeal)
tm.flow(appeals_store, admin_portal, appeal)
tm.flow(admin_portal, secretary, appeal, protocol="https", label="appeals to decide")
tm.flow(secretary, admin_portal, appeal_reply, protocol="https", label="appeal decision")
tm.flow(admin_portal, mailer, appeal_reply, protocol="https")
tm.flow(mailer, band_secretary, appeal_reply, protocol="smtp")
