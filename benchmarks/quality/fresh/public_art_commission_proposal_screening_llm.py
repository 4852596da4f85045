"""Public art commission proposal screening: the first design, before any security review.

The city arts council runs open calls for public artworks. Artists sign up on the
council's submission portal and upload a proposal pack: a concept statement, images,
a CV, a budget spreadsheet and their contact details. A text extraction service
turns each pack into text, and a screening assistant sends it with the commission
brief and budget cap to an LLM hosted by a vendor, which writes a one-page summary
and checks the proposal against the brief's criteria and the budget. Summaries,
checks and the original packs are shown to the selection panel (councillors, council
arts staff and invited community and artist members) in a panel review portal,
where they score and comment; the panel decides the shortlist and the award, and
the arts officer sends the outcome e-mails. Everything runs in the council's cloud
tenancy; the LLM vendor signed a data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Public art commission proposal screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Summarises artists' public art proposals and checks them against the commission "
        "brief and budget for the selection panel."
    ),
)

# ---------------------------------------------------------------- data assets
proposal_pack = tg.Data(
    "Artist proposal pack",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Concept statement, images, CV, budget spreadsheet and contact details.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.PII)
extracted_text = tg.Data(
    "Extracted proposal text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Text of the statement, CV and budget lines pulled out of the uploaded files.",
)
brief = tg.Data(
    "Commission brief and budget cap",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The published brief: site, theme, selection criteria and the fee and budget cap.",
)
prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the brief and budget cap, and one proposal's extracted text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
summary = tg.Data(
    "Proposal summary and brief check",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="One-page summary, criteria met or missed, and whether the budget fits the cap.",
)
scores = tg.Data(
    "Panel scores and comments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data("Shortlist and award decision", kind="records", sensitivity=tg.Sensitivity.PII)
prompt_log = tg.Data("Prompt and response log", kind="logs", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data("Outcome notification", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register and submit to an open call.
    artist = tm.add(tg.Actor("Artist", role="applicant"))
    # Invited panellists from outside the council use their own devices.
    panellist = tm.add(tg.Actor("Selection panel member", role="panel member"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web form where artists register and upload their proposal packs.
    portal = tm.add(
        tg.Endpoint(
            "Proposal submission portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG, PNG and XLSX only, 50 MB per file"),
            },
        )
    )
    # Object storage holding every uploaded pack for the round.
    proposal_store = tm.add(
        tg.DataStore(
            "Proposal document store",
            stores={proposal_pack},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(),
            },
        )
    )
    # Pulls text out of PDFs, spreadsheets and scanned pages with open-source libraries.
    extraction = tm.add(tg.Service("Document text extraction service"))
    # Briefs and budget caps the arts officer writes for each call.
    brief_library = tm.add(tg.DataStore("Commission brief library", stores={brief}))
    # Builds one prompt per proposal, calls the LLM and files the result.
    assistant = tm.add(
        tg.Service(
            "Screening assistant",
            controls={
                c.HumanInTheLoop(
                    approver="the selection panel",
                    note="the panel decides the shortlist and award; the assistant's output is advice",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Summaries, checks and panel scores for each proposal.
    results_store = tm.add(
        tg.DataStore("Screening results database", stores={summary, scores, decision})
    )
    # Every prompt and response, kept for the council's records of the round.
    log_store = tm.add(tg.DataStore("Prompt and response log store", stores={prompt_log}))
    # Where the panel reads proposals and summaries and scores them.
    panel_portal = tm.add(
        tg.Endpoint(
            "Panel review portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="council SSO with MFA for staff; e-mail and password for invited panellists"
                ),
                c.RBAC(note="panellists see only the calls they sit on"),
                c.UserTraining(
                    note="panel briefing on checking AI summaries against the originals"
                ),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the summaries and checks.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Summarises a proposal and checks it against the brief and budget cap.",
            controls={
                c.SupplierAssessment(note="DPA signed; the vendor does not train on council data")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service the council already uses for notices.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Runs each call: writes the brief, manages the panel, sends outcomes.
    officer = tm.add(tg.Actor("Arts officer", role="public art officer", privileged=True))

# ---------------------------------------------------------------- flows
# submission
tm.flow(artist, portal, proposal_pack, protocol="https")
tm.flow(portal, artist, receipt, protocol="https")
tm.flow(portal, proposal_store, proposal_pack, protocol="https")

# screening
tm.flow(officer, brief_library, brief, protocol="https")
tm.flow(proposal_store, extraction, proposal_pack, protocol="https")
tm.flow(extraction, assistant, extracted_text)
tm.flow(brief_library, assistant, brief)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, results_store, summary)
tm.flow(assistant, log_store, prompt_log)

# panel review
tm.flow(results_store, panel_portal, summary, scores)
tm.flow(proposal_store, panel_portal, proposal_pack, protocol="https", label="original packs")
tm.flow(panel_portal, panellist, summary, proposal_pack, protocol="https")
tm.flow(panellist, panel_portal, scores, protocol="https")
tm.flow(panel_portal, results_store, scores)
tm.flow(panel_portal, officer, summary, scores, proposal_pack, protocol="https")
tm.flow(officer, panel_portal, decision, protocol="https", label="records panel decision")
tm.flow(panel_portal, results_store, decision)

# outcomes
tm.flow(officer, mailer, outcome, protocol="https")
tm.flow(mailer, artist, outcome, protocol="smtp")
