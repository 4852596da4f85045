"""Brass band contest adjudication notes: the first design, before any security review.

A regional brass band association runs a dozen contests a year. Adjudicators sit in
a closed box and know each band only by its draw number; today they handwrite
remarks sheets. In the new service they dictate remarks into an app on their own
tablet while each band plays. The audio goes to the association's small cloud
account, a speech-to-text API transcribes it and a hosted LLM drafts the written
adjudication sheet in the association's house format. The adjudicator edits and
signs off every sheet on the tablet and enters placings and points themselves.
After the contest the controller releases the results from an admin portal: they go
on the association's website and each band secretary is e-mailed their sheet.
Controls: e-mail and password sign-in for adjudicators and officials, the
adjudicator's sign-off of each drafted sheet, TLS on every hop, and the managed
database's encryption at rest and daily backups.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Brass band contest adjudication notes",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Adjudicators dictate remarks, an LLM drafts the written adjudication sheets, "
        "and results and sheets are published to bands."
    ),
)

# ---------------------------------------------------------------- data assets
dictation = tg.Data(
    "Dictated remarks audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The adjudicator's voice, per draw number, recorded during the performance.",
)
transcript = tg.Data(
    "Remarks transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="May name soloists and sections (principal cornet, soprano, euphonium).",
)
draft_prompt = tg.Data(
    "Sheet drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="House style instructions, the test piece's movements and the transcript.",
)
draft_sheet = tg.Data(
    "Drafted adjudication sheet",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
final_sheet = tg.Data(
    "Signed-off adjudication sheet",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
placings = tg.Data(
    "Placings and points",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Secret until announced; decide prizes and promotion between sections.",
)
draw = tg.Data(
    "Contest draw",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which band plays at which draw number; adjudicators see only the numbers.",
)
release = tg.Data("Results release", kind="records")
published_results = tg.Data(
    "Published results", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
band_contacts = tg.Data(
    "Band contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Band secretaries' names, e-mail addresses and phone numbers.",
)
sheet_email = tg.Data(
    "Adjudication sheet e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The band's own signed-off sheet as a PDF, sent to its secretary.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Contest venue", trust=tg.Trust.UNTRUSTED):
    # Invited adjudicators, not association staff; one to three per contest.
    adjudicator = tm.add(tg.Actor("Adjudicator", role="adjudicator"))
    # The adjudicator's own iPad with the dictation app, on venue Wi-Fi or mobile data.
    tablet = tm.add(
        tg.Device(
            "Adjudicator tablet app",
            fleet=True,
            description="Records dictation, shows drafts, takes edits, sign-off and marks.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer contest controller and officials, working from home laptops.
    controller = tm.add(
        tg.Actor("Contest controller", role="association official", privileged=True)
    )
    # Each band's secretary receives the band's sheet.
    secretary = tm.add(tg.Actor("Band secretary", role="band secretary"))
    # Bandspeople and followers reading the results.
    public = tm.add(tg.Actor("Website visitor", role="public"))

with tm.boundary("Speech-to-text vendor", trust=tg.Trust.PARTNER):
    # Hosted transcription API, pay per minute.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides="model-api"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the sheet text.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Turns a transcript into a sheet in the association's house style.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for sending the sheets.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Association cloud account", trust=tg.Trust.INTERNAL):
    # API the tablet app talks to: uploads, drafts, sign-off and marks.
    api = tm.add(
        tg.Endpoint(
            "Adjudication API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Sends audio for transcription and the transcript to the LLM for a draft.
    drafting = tm.add(
        tg.Service(
            "Sheet drafting service",
            controls={
                c.HumanInTheLoop(
                    approver="the adjudicator, who edits and signs off each sheet on the tablet"
                )
            },
        )
    )
    # Where officials set up contests, enter the draw and release results.
    admin = tm.add(
        tg.Endpoint(
            "Contest admin portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Managed Postgres: contests, draw, audio references, transcripts, sheets, marks.
    contest_db = tm.add(
        tg.DataStore(
            "Contest database",
            stores={dictation, transcript, draft_sheet, final_sheet, placings, draw},
            controls={
                c.EncryptionAtRest(key_management="cloud provider-managed keys"),
                c.DataVersioning(note="managed daily backups"),
            },
        )
    )
    # Registered bands and their secretaries.
    band_registry = tm.add(tg.DataStore("Band registry", stores={band_contacts}))

with tm.boundary("Website hosting", trust=tg.Trust.INTERNAL):
    # The association's public website, on a managed WordPress host.
    website = tm.add(tg.Service("Association results website"))

# ---------------------------------------------------------------- flows
# dictation during the performance
tm.flow(adjudicator, tablet, dictation, label="spoken into the tablet in the box")
tm.flow(tablet, api, dictation, protocol="https")
tm.flow(api, contest_db, dictation)
tm.flow(api, drafting, dictation)

# transcription and drafting
tm.flow(drafting, stt, dictation, protocol="https")
tm.flow(stt, drafting, transcript, protocol="https")
tm.flow(drafting, llm, draft_prompt, protocol="https")
tm.flow(llm, drafting, draft_sheet, protocol="https")
tm.flow(drafting, contest_db, transcript, draft_sheet)

# review, sign-off and marks
tm.flow(contest_db, api, draft_sheet, draw)
tm.flow(api, tablet, draft_sheet, draw, protocol="https")
tm.flow(tablet, adjudicator, draft_sheet, label="shown on the tablet in the box")
tm.flow(adjudicator, tablet, final_sheet, placings, label="edited and signed on the tablet")
tm.flow(tablet, api, final_sheet, placings, protocol="https")
tm.flow(api, contest_db, final_sheet, placings)

# contest administration and release
tm.flow(controller, admin, draw, release, band_contacts, protocol="https")
tm.flow(admin, controller, placings, final_sheet, protocol="https")
tm.flow(admin, contest_db, draw, release)
tm.flow(contest_db, admin, placings, final_sheet)
tm.flow(admin, band_registry, band_contacts)
tm.flow(band_registry, admin, band_contacts)

# publishing to bands
tm.flow(admin, website, published_results, protocol="https", label="on release")
tm.flow(website, public, published_results, protocol="https")
tm.flow(admin, mailer, sheet_email, band_contacts, protocol="https")
tm.flow(mailer, secretary, sheet_email, protocol="smtp")
