"""Call-centre complaint classifier: the first design, before any security review.

Retail-banking customers phone the contact centre, which runs on a hosted CCaaS
platform that records every call; the vendor's speech-to-text add-on transcribes it
when the call ends. An ingestion service in the bank's network collects the transcript
and the agent's wrap-up notes, matches the caller to their CRM record and files both in
a transcript store. A classification service sends each transcript, with the bank's
complaint-handling guidance, to an LLM hosted in the bank's tenant at a cloud AI
provider, which decides whether the call is a regulatory complaint (FCA DISP), picks
its category and drafts the complaint record for the complaints team's queue in the
case management system. Handlers confirm or reclassify drafts in a web app.
Controls: HTTPS on every link leaving the bank, staff SSO with MFA, role-based access
and KMS encryption on the customer data stores, a vendor review of the LLM provider,
schema checks on the LLM's answer, vaulted API keys and an audit log of prompts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Call-centre complaint classifier",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM that finds regulatory complaints in call transcripts, drafts the "
    "complaint record and routes it to the complaints team.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live conversation between the customer and the call-centre agent.",
)
recording = tg.Data(
    "Call recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
wrap_up = tg.Data(
    "Agent wrap-up notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Call reason code and free-text notes the agent types after the call.",
)
transcript = tg.Data(
    "Call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Speaker-labelled text of the whole call, with caller number and call id.",
)
customer_profile = tg.Data(
    "Customer profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, customer number, products held and vulnerability flags.",
)
guidance = tg.Data(
    "Complaint-handling guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="DISP complaint definition, the bank's category list and few-shot examples.",
)
prompt = tg.Data(
    "Classification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, guidance, the transcript and the customer's products.",
)
classification = tg.Data(
    "Complaint classification and draft",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="JSON: complaint yes/no, DISP category, summary and draft complaint text.",
)
draft_record = tg.Data(
    "Draft complaint record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_outcome = tg.Data(
    "Handler review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed, reclassified or rejected, with the handler's edits.",
)
llm_log = tg.Data(
    "Prompt and response log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The bank's customer, calling the contact-centre number.
    customer = tm.add(tg.Actor("Customer", role="bank customer"))

with tm.boundary("Contact-centre vendor", trust=tg.Trust.PARTNER):
    # Hosted CCaaS: routes calls to agents and records them.
    telephony = tm.add(
        tg.ExternalService(
            "Contact-centre platform",
            description="Hosted CCaaS: call routing, agent softphone, call recording.",
        )
    )
    # The CCaaS vendor's transcription add-on, run on its side after each call.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text service",
            provides=tg.ExternalCategory.MODEL_API,
            description="The vendor's post-call transcription of the recording.",
        )
    )

with tm.boundary("Cloud AI provider tenant", trust=tg.Trust.PARTNER):
    # The model that reads the transcript and decides whether it is a complaint.
    llm = tm.add(
        tg.LLM(
            "Complaint classification LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose hosted model in the bank's tenant; classifies "
            "each call as a complaint or not and drafts the complaint record.",
            controls={
                c.SupplierAssessment(
                    note="third-party risk review; no training on bank data, EU region"
                )
            },
        )
    )

with tm.boundary("Bank corporate network", trust=tg.Trust.INTERNAL):
    # Contact-centre staff who take the call and type wrap-up notes.
    call_agent = tm.add(tg.Actor("Call-centre agent", role="contact-centre staff"))
    # Complaints team member who works the queue of drafted complaints.
    handler = tm.add(tg.Actor("Complaints handler", role="complaints team"))

with tm.boundary("Bank application network", trust=tg.Trust.INTERNAL):
    # Collects each finished call's transcript and notes and matches the caller.
    ingestion = tm.add(
        tg.Service(
            "Transcript ingestion service",
            description="Pulls transcripts and wrap-up notes from the vendor API after "
            "each call and looks the caller up in the CRM by phone number.",
            controls={c.SecretsManagement(note="vendor API credentials in the bank vault")},
        )
    )
    # Builds the prompt, calls the LLM and turns its answer into a draft record.
    classifier = tm.add(
        tg.Service(
            "Complaint classification service",
            description="Sends each new transcript to the LLM and files a draft "
            "complaint record when the LLM says it is a complaint.",
            controls={
                c.OutputFiltering(
                    note="LLM JSON validated against the schema and the category list"
                ),
                c.SecretsManagement(note="LLM API key in the bank vault"),
            },
        )
    )
    # Reference text the prompt is built from; maintained by Complaints Policy.
    guidance_store = tm.add(tg.DataStore("Complaint guidance repository", stores={guidance}))
    # Record of what was sent to the LLM and what came back, for QA and audit.
    llm_log_store = tm.add(
        tg.DataStore(
            "LLM audit log",
            stores={llm_log},
            controls={c.AuditLogging(retention_days=2555), c.RBAC()},
        )
    )
    # Web app the complaints team uses to review drafts.
    review_app = tm.add(
        tg.Endpoint(
            "Complaints review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (Entra ID) with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Customer data zone", trust=tg.Trust.RESTRICTED):
        # Every call transcript with the notes and matched customer id.
        transcript_store = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={transcript, wrap_up},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # The bank's existing CRM, read-only for this system.
        crm = tm.add(
            tg.DataStore(
                "Customer CRM",
                stores={customer_profile},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # The complaints case management system the complaints team already uses.
        case_system = tm.add(
            tg.DataStore(
                "Complaints case management system",
                stores={draft_record, review_outcome},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                    c.HumanInTheLoop(
                        approver="a complaints handler confirms or reclassifies each draft"
                    ),
                },
            )
        )

# ---------------------------------------------------------------- flows

# The call itself
tm.flow(customer, telephony, call_audio, protocol="pstn")
tm.flow(telephony, customer, call_audio, protocol="pstn")
tm.flow(telephony, call_agent, call_audio, protocol="https", label="softphone")
tm.flow(call_agent, telephony, call_audio, wrap_up, protocol="https", label="softphone")

# After the call: transcription and ingestion
tm.flow(telephony, stt, recording, protocol="https")
tm.flow(stt, ingestion, transcript, protocol="https")
tm.flow(telephony, ingestion, wrap_up, protocol="https")
tm.flow(crm, ingestion, customer_profile, label="lookup by caller number")
tm.flow(ingestion, transcript_store, transcript, wrap_up)

# Classification
tm.flow(transcript_store, classifier, transcript, wrap_up, label="new transcripts")
tm.flow(crm, classifier, customer_profile, label="products held")
tm.flow(guidance_store, classifier, guidance)
tm.flow(classifier, llm, prompt, protocol="https")
tm.flow(llm, classifier, classification, protocol="https")
tm.flow(classifier, llm_log_store, llm_log)
tm.flow(classifier, case_system, draft_record, label="route to complaints queue")

# Review by the complaints team
tm.flow(case_system, review_app, draft_record)
tm.flow(transcript_store, review_app, transcript, label="transcript for the case")
tm.flow(review_app, handler, draft_record, transcript, protocol="https")
tm.flow(handler, review_app, review_outcome, protocol="https")
tm.flow(review_app, case_system, review_outcome)
