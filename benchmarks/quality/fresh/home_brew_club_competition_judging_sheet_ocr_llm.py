"""Home brew club beer competition: judging sheet transcription with an LLM (first design).

Entrants (club members and outside brewers) register their beers on the club's
competition website, which runs on the club's shared web hosting. On judging
day, judges score each beer on paper score sheets; volunteer stewards collect
the sheets and scan them on the venue's multifunction scanner into a shared
cloud drive folder. A small transcription job on the web host picks up each scan,
sends the image to a vendor-hosted LLM that reads the handwriting, checks the
returned JSON against the entry list and score ranges, and writes the scores and
comments to the competition database. The competition organiser reviews the
transcriptions in the site's admin pages, decides medals and publishes the
results; entrants are e-mailed their scores, comments and scanned sheets.
Entrants and the organiser sign in with e-mail and password; admin pages need
the organiser role. All web traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home brew competition judging sheet transcription",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Paper judging sheets are scanned and transcribed by a hosted LLM; the club "
        "publishes results and medals and e-mails entrants their feedback."
    ),
)

# ---------------------------------------------------------------- data assets
entrant_details = tg.Data(
    "Entrant details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, postal address, club and brewer's sign-in.",
)
entries = tg.Data(
    "Entry registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Entry number, beer name, style category and entrant.",
)
judge_details = tg.Data(
    "Judge details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, judging rank and flight assignments.",
)
paper_sheets = tg.Data(
    "Handwritten score sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Entry number, judge name, scores per section and comments.",
)
scanned_sheets = tg.Data(
    "Scanned score sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
transcription_prompt = tg.Data(
    "Transcription prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, the expected JSON layout and one sheet image.",
)
transcribed_sheet = tg.Data(
    "Transcribed scores and comments", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
scores = tg.Data(
    "Entry scores and comments",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
organiser_decisions = tg.Data(
    "Score corrections and medal decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
results = tg.Data(
    "Published results and medals",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
feedback_email = tg.Data(
    "Entrant feedback e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Scores, transcribed comments and a link to the scanned sheets.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registers beers and receives feedback; anyone can sign up as an entrant.
    entrant = tm.add(tg.Actor("Entrant", role="competition entrant"))
    # Anyone reading the published results.
    visitor = tm.add(tg.Actor("Website visitor", role="public"))

with tm.boundary("Judging venue", trust=tg.Trust.INTERNAL):
    # Scores the beers blind, by entry number, on paper sheets.
    judge = tm.add(tg.Actor("Judge", role="judge"))
    # Collects the sheets from each flight and scans them.
    steward = tm.add(tg.Actor("Volunteer steward", role="volunteer"))
    # The venue's multifunction scanner with scan-to-cloud-folder.
    scanner = tm.add(tg.Device("Multifunction scanner", fleet=False))

with tm.boundary("Club web hosting", trust=tg.Trust.INTERNAL):
    # Registration, admin pages and the public results page.
    website = tm.add(
        tg.Endpoint(
            "Competition website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="admin pages need the organiser role"),
                c.HumanInTheLoop(
                    approver="competition organiser",
                    note="results are published when the organiser presses publish",
                ),
            },
        )
    )
    # MySQL database behind the site: entrants, entries, judges, scores.
    comp_db = tm.add(
        tg.DataStore(
            "Competition database",
            stores={entrant_details, entries, judge_details, scores, results},
        )
    )
    # Cron job that sends new scans to the LLM and stores the transcriptions.
    transcriber = tm.add(
        tg.Service(
            "Transcription job",
            description="Python script run every five minutes on the web host.",
            controls={
                c.SchemaEnforcement(
                    note="the JSON must name a registered entry number and each score "
                    "must be within its section's range, or the sheet is flagged"
                )
            },
        )
    )

with tm.boundary("Club cloud drive", trust=tg.Trust.PARTNER):
    # Shared folder the scanner writes to; club volunteers have edit access.
    scan_folder = tm.add(
        tg.DataStore(
            "Scanned sheet folder",
            stores={scanned_sheets},
            controls={c.Authentication(method="club Google account")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Vision-capable LLM that reads the handwriting.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Bulk e-mail service for entrant feedback.
    email = tm.add(tg.ExternalService("E-mail service"))

# The organiser works from home over the internet.
with tm.boundary("Internet"):
    organiser = tm.add(tg.Actor("Competition organiser", role="organiser", privileged=True))

# ---------------------------------------------------------------- flows
# registration
tm.flow(entrant, website, entrant_details, entries, protocol="https")
tm.flow(website, entrant, entries, protocol="https", label="entry confirmation and labels")
tm.flow(judge, website, judge_details, protocol="https", label="judge sign-up")
tm.flow(website, comp_db, entrant_details, entries, judge_details)
tm.flow(comp_db, website, entrant_details, entries, judge_details, scores, results)

# judging day: paper to scans
tm.flow(judge, steward, paper_sheets, label="sheets collected after each flight")
tm.flow(steward, scanner, paper_sheets)
tm.flow(scanner, scan_folder, scanned_sheets, protocol="https")

# transcription
tm.flow(scan_folder, transcriber, scanned_sheets, protocol="https")
tm.flow(comp_db, transcriber, entries, label="entry list for matching")
tm.flow(transcriber, llm, transcription_prompt, protocol="https")
tm.flow(llm, transcriber, transcribed_sheet, protocol="https")
tm.flow(transcriber, comp_db, scores)

# review, medals and publication
tm.flow(website, organiser, scores, scanned_sheets, protocol="https")
tm.flow(organiser, website, organiser_decisions, protocol="https")
tm.flow(website, comp_db, scores, results)
tm.flow(website, visitor, results, protocol="https")
tm.flow(website, email, feedback_email, protocol="https")
tm.flow(email, entrant, feedback_email, protocol="smtp")
