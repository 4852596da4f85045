"""Contact-centre call summarisation for a UK energy and water utility: the first design.

Customers phone the contact centre over the public telephone network. Calls run on a
cloud contact-centre platform (CCaaS vendor) that records them and transcribes them
with the vendor's speech-to-text model. When a call ends the platform posts the
transcript and call metadata to our call-events webhook, authenticated with a vendor
API key. A summarisation service in our cloud account looks up the caller's account in
the CRM, sends the transcript and account context to a hosted LLM (EU region, under a
data processing agreement) and writes the returned summary and suggested next actions
into the CRM as a draft call note. The handling agent reviews, edits and confirms the
draft in the CRM console before it is saved to the account and any follow-up tasks are
raised. Agents sign in with corporate SSO and MFA; the CRM is role-based and audited.
Transcripts are kept in an encrypted bucket; prompts and responses are logged.
Callers include vulnerable customers on the Priority Services Register.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Contact-centre call summarisation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM drafts call summaries and next actions into the CRM for agents to confirm.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Both sides of the conversation; callers often mention health, debt or hardship.",
)
recording = tg.Data("Call recording", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data(
    "Call transcript",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
call_metadata = tg.Data(
    "Call metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Caller number, account number keyed in the IVR, agent id, queue, timestamps.",
)
account_context = tg.Data(
    "Customer account context",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, tariff, balance, payment plan, open cases and Priority Services Register flags.",
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the transcript and the account context.",
)
draft = tg.Data(
    "Draft summary and next actions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
confirmed_note = tg.Data(
    "Confirmed call note and follow-up tasks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
llm_log = tg.Data("Prompt and response log", kind="logs", sensitivity=tg.Sensitivity.PII)
agent_login = tg.Data(
    "Agent sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
sso_assertion = tg.Data("SSO assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The utility's domestic and business customers, calling from any phone.
    customer = tm.add(tg.Actor("Customer", role="caller"))

with tm.boundary("Contact-centre platform vendor", trust=tg.Trust.PARTNER):
    # Cloud telephony: IVR, queues, agent softphone, call recording, webhooks.
    telephony = tm.add(
        tg.ExternalService(
            "Contact-centre platform",
            description="CCaaS tenant run by the vendor; posts call-ended events to us.",
        )
    )
    # The vendor's transcription engine, run inside their platform.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor-hosted post-call transcription with speaker separation.",
        )
    )
    # Recordings are kept by the vendor for complaint handling and quality review.
    recordings = tm.add(
        tg.DataStore(
            "Call recording store",
            stores={recording},
            controls={tg.controls.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # The general-purpose model that writes the summary; no fine-tuning on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat-completion model behind the vendor's API, EU data residency.",
            controls={
                tg.controls.SupplierAssessment(
                    note="DPA signed; vendor does not train on or retain prompts beyond 30 days"
                )
            },
        )
    )

with tm.boundary("CRM SaaS", trust=tg.Trust.PARTNER):
    # System of record for customer accounts, contacts, call notes and cases.
    crm = tm.add(
        tg.DataStore(
            "CRM customer accounts",
            stores={account_context, confirmed_note, draft},
            controls={
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
                tg.controls.EncryptionAtRest(key_management="CRM vendor platform encryption"),
            },
        )
    )
    # The screen agents work in; shows the draft note for review and confirmation.
    console = tm.add(
        tg.Endpoint(
            "CRM agent console",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="corporate SSO (SAML) with MFA")},
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate workforce identity, used for the CRM and the softphone.
    idp = tm.add(tg.ExternalService("Workforce identity provider", provides="identity-provider"))

with tm.boundary("Utility cloud account", trust=tg.Trust.INTERNAL):
    # Receives the platform's call-ended webhook with the transcript.
    webhook = tm.add(
        tg.Endpoint(
            "Call-events webhook",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="vendor API key in request header")},
        )
    )
    # Builds the prompt, calls the LLM and writes the draft note into the CRM.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            description="Looks up the account, calls the LLM, posts the draft note to the CRM.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the handling agent confirms or edits the draft in the CRM "
                    "before it is saved to the account and tasks are raised"
                ),
                tg.controls.SecretsManagement(
                    note="LLM and CRM API keys in the cloud secrets manager"
                ),
            },
        )
    )
    # Our copy of transcripts, kept for re-summarising and quality analytics.
    transcripts = tm.add(
        tg.DataStore(
            "Transcript bucket",
            stores={transcript, call_metadata},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Prompts and completions, for troubleshooting and summary quality review.
    llm_logs = tm.add(tg.DataStore("LLM call log", stores={llm_log}))

with tm.boundary("Contact-centre floor", trust=tg.Trust.INTERNAL):
    # In-house and outsourced agents, on site and at home.
    agent = tm.add(tg.Actor("Contact-centre agent", role="agent"))

# ---------------------------------------------------------------- flows
# the call itself
tm.flow(customer, telephony, call_audio, protocol="pstn")
tm.flow(telephony, customer, call_audio, protocol="pstn")
tm.flow(agent, telephony, call_audio, protocol="srtp", label="softphone")
tm.flow(telephony, agent, call_audio, call_metadata, protocol="srtp", label="softphone")
tm.flow(telephony, recordings, recording)
tm.flow(telephony, stt, recording, label="post-call transcription")
tm.flow(stt, telephony, transcript)

# summarisation
tm.flow(telephony, webhook, transcript, call_metadata, protocol="https", label="call-ended webhook")
tm.flow(webhook, summariser, transcript, call_metadata)
tm.flow(summariser, transcripts, transcript, call_metadata)
tm.flow(summariser, crm, call_metadata, protocol="https", label="account lookup")
tm.flow(crm, summariser, account_context, protocol="https")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, draft, protocol="https")
tm.flow(summariser, llm_logs, llm_log)
tm.flow(summariser, crm, draft, protocol="https", label="draft call note")

# agent review and confirmation
tm.flow(agent, idp, agent_login, protocol="https")
tm.flow(idp, console, sso_assertion, protocol="saml")
tm.flow(idp, telephony, sso_assertion, protocol="saml")
tm.flow(crm, console, draft, account_context)
tm.flow(console, agent, draft, account_context, protocol="https")
tm.flow(agent, console, confirmed_note, protocol="https", label="edits and confirms")
tm.flow(console, crm, confirmed_note)
