"""Museum loan courier condition report agent: the first design, before any security review.

When the museum lends an artwork, a courier from its staff travels with it and
must file a condition report with photos at each stage: packing, airport cargo,
arrival, unpacking and installation at the borrower, and the same on the way
back. Couriers use a museum-issued tablet and sign in to a chat API with Entra
ID and MFA. An LLM agent in the museum's cloud tenant looks up the loan and its
outgoing condition report in the collections management system, sends the new
photos and notes with the outgoing report to a hosted multimodal model, and
drafts a report that names every change it sees. The courier confirms each draft
before it is filed; when a change looks like new damage the agent alerts the
registrar by e-mail straight away. The collections system stays on premises,
with its own roles and edit history, reached over the site-to-site VPN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum loan courier condition report agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Helps couriers file condition reports for loaned artworks and alerts the registrar to changes.",
)

# ---------------------------------------------------------------- data assets
courier_message = tg.Data(
    "Courier notes and questions",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Stage, location and free-text observations typed or dictated by the courier.",
)
photos = tg.Data(
    "Condition photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="High-resolution photos of the artwork, its crate and details, at each stage.",
)
loan_record = tg.Data(
    "Loan and transit record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Loan agreement, insurance value, crate numbers, courier name and travel itinerary.",
)
outgoing_report = tg.Data(
    "Outgoing condition report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The conservator's report and photos made before the work left the museum.",
)
lookup_call = tg.Data("Loan lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Loan lookup result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_prompt = tg.Data(
    "Comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the outgoing report and photos, and the new photos and notes.",
)
model_answer = tg.Data(
    "Model comparison and draft", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_report = tg.Data(
    "Draft condition report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
confirmation = tg.Data("Courier confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
filing_call = tg.Data(
    "Report filing call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
filed_report = tg.Data(
    "Stage condition report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The confirmed report for one stage, with its photos; evidence for any insurance claim.",
)
alert = tg.Data(
    "Damage alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Object, stage, location and the change the agent saw, with the photos.",
)
session_log = tg.Data("Agent session transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Museum staff travelling with the work; connects from airports, hotels and the borrower's venue.
    courier = tm.add(tg.Actor("Courier", role="courier"))

with tm.boundary("Museum cloud tenant", trust=tg.Trust.INTERNAL):
    # The API the courier's tablet app talks to: chat messages and photo uploads.
    api = tm.add(
        tg.Endpoint(
            "Condition report API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.InputValidation(note="uploads limited to JPEG and HEIC under 25 MB"),
            },
        )
    )
    # LLM agent that gathers the loan context, asks the model to compare and drafts the report.
    agent = tm.add(
        tg.Agent(
            "Condition report agent",
            autonomy="supervised",
            controls={
                c.HumanInTheLoop(
                    approver="the courier",
                    note="the courier confirms each draft before it is filed; damage alerts go to the registrar directly",
                ),
                c.CircuitBreaker(max_steps=15),
            },
        )
    )
    # Reads the loan, the object record and the outgoing condition report from the CMS.
    lookup_tool = tm.add(tg.Tool("Loan record lookup", capabilities={"read"}))
    # Writes the confirmed stage report and its photos into the CMS.
    filing_tool = tm.add(tg.Tool("Condition report filing", capabilities={"write"}))
    # Sends the registrar an e-mail through Microsoft Graph.
    alert_tool = tm.add(tg.Tool("Registrar alert", capabilities={"send-messages"}))
    # Object storage for the photos couriers upload.
    photo_store = tm.add(
        tg.DataStore(
            "Condition photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Transcripts of each agent session, kept for the registrar to look back on.
    log_store = tm.add(tg.DataStore("Agent session log", stores={session_log}))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that compares the photos and drafts the wording.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin="third-party-api",
            controls={
                c.SupplierAssessment(
                    note="enterprise terms with zero data retention, reviewed by procurement"
                )
            },
        )
    )

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The museum's mail service, used to deliver alerts.
    mail = tm.add(tg.ExternalService("Exchange Online"))

with tm.boundary("Museum network", trust=tg.Trust.INTERNAL):
    # System of record for objects, loans and condition reports.
    cms = tm.add(
        tg.DataStore(
            "Collections management system",
            stores={loan_record, outgoing_report, filed_report},
            controls={c.RBAC(), c.AuditLogging(note="the CMS's own edit history")},
        )
    )
    # Manages the loan; follows up on any damage alert with the borrower and the insurer.
    registrar = tm.add(tg.Actor("Registrar", role="registrar"))

# ---------------------------------------------------------------- flows
tm.flow(courier, api, courier_message, photos, protocol="https")
tm.flow(api, courier, draft_report, protocol="https")
tm.flow(courier, api, confirmation, protocol="https", label="confirms the draft")
tm.flow(api, photo_store, photos)
tm.flow(api, agent, courier_message, confirmation)
tm.flow(agent, api, draft_report)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(
    lookup_tool, cms, lookup_call, protocol="https", label="CMS REST API over the site-to-site VPN"
)
tm.flow(
    cms,
    lookup_tool,
    loan_record,
    outgoing_report,
    protocol="https",
    label="CMS REST API over the site-to-site VPN",
)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(photo_store, agent, photos)

tm.flow(agent, llm, model_prompt, protocol="https")
tm.flow(llm, agent, model_answer, protocol="https")

tm.flow(agent, filing_tool, filing_call)
tm.flow(
    filing_tool, cms, filed_report, protocol="https", label="CMS REST API over the site-to-site VPN"
)
tm.flow(agent, alert_tool, alert)
tm.flow(alert_tool, mail, alert, protocol="https")
tm.flow(mail, registrar, alert, protocol="https")
tm.flow(agent, log_store, session_log)

tm.flow(registrar, cms, filed_report, protocol="https", label="reviews reports")
tm.flow(cms, registrar, loan_record, filed_report, protocol="https")
