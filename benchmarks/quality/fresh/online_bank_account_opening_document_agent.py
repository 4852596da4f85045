"""Proof-of-address document agent: the first design, before any security review.

During account opening in our app, EU applicants upload a proof of address (a
utility bill, bank statement or tax letter). Today operations staff check each
one by hand; this design hands the first check to an LLM agent. The agent reads
the uploaded file with a hosted multimodal model, compares name, address and
issue date with the application, looks the address up with an address data
provider, and records the check result on the application. When a copy is
blurred, cropped, too old or in another name, it asks the applicant in the
onboarding chat for a better one. Unclear or suspicious documents go to the KYC
operations queue. The onboarding API signs applicants in with an e-mail link and
an SMS code and rate-limits uploads; documents and applications are encrypted at
rest in a restricted data zone, and the KYC console uses staff SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Account opening proof-of-address agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that checks proof-of-address uploads during digital account "
    "opening and asks applicants for better copies by chat.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Account application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, date of birth, declared address, nationality, contact details.",
)
address_document = tg.Data(
    "Proof-of-address document",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photo or PDF of a utility bill, bank statement or tax letter.",
)
chat_message = tg.Data("Applicant chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent chat reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
upload_event = tg.Data(
    "Document uploaded event", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Document check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, application details, the document image and the chat so far.",
)
llm_completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
check_result = tg.Data(
    "Document check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="accepted / better copy requested / escalated, with the agent's reasons.",
)
address_query = tg.Data("Address lookup query", kind="records", sensitivity=tg.Sensitivity.PII)
address_match = tg.Data("Address match", kind="tool-result", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Onboarding chat transcript", kind="logs", sensitivity=tg.Sensitivity.PII)
analyst_decision = tg.Data("KYC analyst decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can start an application in the app, including fraudsters.
    applicant = tm.add(tg.Actor("Applicant", role="prospective customer"))

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the document image and drives the chat.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="outsourcing assessment done: EU data residency, no training on our data"
                )
            },
        )
    )

with tm.boundary("Address data provider", trust=tg.Trust.PARTNER):
    # Commercial address reference data used to check the address exists and is normalised.
    address_provider = tm.add(
        tg.ExternalService("Address lookup API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Bank cloud VPC", trust=tg.Trust.INTERNAL):
    # The mobile/web onboarding backend: takes uploads and carries the chat.
    onboarding_api = tm.add(
        tg.Endpoint(
            "Onboarding API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="onboarding session from e-mail link and SMS code"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="JPEG, PNG or PDF only, 10 MB maximum"),
            },
        )
    )
    # The LLM agent that checks the document and talks to the applicant.
    agent = tm.add(
        tg.Agent(
            "Proof-of-address agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Accepts a clear matching document on its own; asks for a new "
            "copy or escalates to KYC operations otherwise.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Fetches the uploaded file for the agent.
    document_tool = tm.add(tg.Tool("Document fetch tool", capabilities={"read"}))
    # Reads the application and writes the check result or an escalation.
    application_tool = tm.add(
        tg.Tool(
            "Application record tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="may write only the document-check fields")},
        )
    )
    # Looks the address up with the provider.
    address_tool = tm.add(tg.Tool("Address lookup tool", capabilities={"read", "network-egress"}))
    # Posts the agent's messages into the applicant's onboarding chat.
    chat_tool = tm.add(tg.Tool("Applicant chat tool", capabilities={"send-messages"}))
    # Internal console where KYC analysts work escalated cases.
    kyc_console = tm.add(
        tg.Endpoint(
            "KYC review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(note="KYC operations role"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Restricted data zone", trust=tg.Trust.RESTRICTED):
        # Object storage for uploaded documents.
        document_store = tm.add(
            tg.DataStore(
                "Document store",
                stores={address_document},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Onboarding database: applications and their check results.
        application_db = tm.add(
            tg.DataStore(
                "Application database",
                stores={application, check_result, analyst_decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Chat transcripts kept for complaints and audit.
        transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcript}))

with tm.boundary("Bank corporate network", trust=tg.Trust.INTERNAL):
    # Operations staff who decide escalated cases.
    kyc_analyst = tm.add(tg.Actor("KYC operations analyst", role="KYC analyst"))

# ---------------------------------------------------------------- flows
# Applicant side
tm.flow(applicant, onboarding_api, address_document, protocol="https", label="upload")
tm.flow(applicant, onboarding_api, chat_message, protocol="https", label="chat")
tm.flow(onboarding_api, applicant, agent_reply, protocol="https")
tm.flow(onboarding_api, document_store, address_document)
tm.flow(onboarding_api, agent, upload_event, chat_message)

# Agent and model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcript)

# Tools
tm.flow(agent, document_tool, tool_call)
tm.flow(document_store, document_tool, address_document)
tm.flow(document_tool, agent, address_document)

tm.flow(agent, application_tool, tool_call, check_result)
tm.flow(application_db, application_tool, application)
tm.flow(application_tool, agent, application)
tm.flow(application_tool, application_db, check_result)

tm.flow(agent, address_tool, tool_call)
tm.flow(address_tool, address_provider, address_query, protocol="https")
tm.flow(address_provider, address_tool, address_match, protocol="https")
tm.flow(address_tool, agent, address_match)

tm.flow(agent, chat_tool, agent_reply)
tm.flow(chat_tool, onboarding_api, agent_reply)

# KYC operations
tm.flow(application_db, kyc_console, application, check_result, label="escalated cases")
tm.flow(document_store, kyc_console, address_document)
tm.flow(kyc_console, kyc_analyst, application, address_document, check_result, protocol="https")
tm.flow(kyc_analyst, kyc_console, analyst_decision, protocol="https")
tm.flow(kyc_console, application_db, analyst_decision)
