"""Travel insurer medical emergency assistance agent: the first design, before any security review.

Policyholders taken ill or injured abroad reach our 24/7 assistance line by phone or
through the chat in the travel app. Calls arrive over the telephone network at a voice
gateway that transcribes them; chat messages reach an assistance chat API. Both feed an
LLM agent (a vendor-hosted model, EU region) that checks cover in the policy
administration system, finds nearby hospitals through a partner's provider network,
keeps the case file and e-mails a guarantee of payment (GOP) to the treating hospital.
Hospitals send medical reports and cost estimates back to a correspondence mailbox.
Our medical team follows every case and approves any guarantee above EUR 3,000;
smaller ones go out automatically. Callers identify with policy number and date of
birth. All of it runs in the assistance platform VPC, with policy and case data in a
restricted core tier.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Travel insurer medical emergency assistance agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "24/7 LLM assistance agent for travellers taken ill abroad: checks cover, "
        "finds hospitals and issues guarantees of payment."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Traveller call audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Live voice of the traveller or a relative, describing symptoms.",
)
traveller_message = tg.Data(
    "Traveller message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Chat text or call transcript: identity, location, symptoms, policy number.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Agent prompt with case context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation, cover details, hospital options and case notes.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
cover_query = tg.Data("Cover check request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
policy_record = tg.Data(
    "Policy record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Policyholder, insured travellers, dates, destinations, limits and excesses.",
)
cover_result = tg.Data("Cover check result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
location_query = tg.Data(
    "Hospital search by location", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
hospital_list = tg.Data(
    "Nearby network hospitals",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hospitals near the traveller with specialties, contact e-mail and direct-billing terms.",
)
gop_request = tg.Data(
    "Guarantee of payment request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Case, hospital, diagnosis summary and amount to guarantee.",
)
gop_status = tg.Data(
    "Guarantee of payment status", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
gop_letter = tg.Data(
    "Guarantee of payment letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Signed commitment to pay the hospital up to a stated amount for a named patient.",
)
gop_approval = tg.Data(
    "Guarantee approval decision", kind="records", sensitivity=tg.Sensitivity.PII
)
medical_report = tg.Data(
    "Hospital medical report and cost estimate",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Admission notes, diagnosis and estimated costs sent by the treating hospital.",
)
case_file = tg.Data(
    "Assistance case file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Case notes, transcripts, medical reports and guarantees issued.",
)
case_update = tg.Data("Case notes update", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The insured traveller (or a relative or travel companion) calling from abroad.
    traveller = tm.add(tg.Actor("Traveller", role="policyholder"))
    # The admissions and billing office of whichever hospital treats the traveller.
    hospital = tm.add(tg.Actor("Hospital admissions office", role="treating hospital"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted by a vendor in an EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted assistance LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's built-in content safety filter"),
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on our data"),
            },
        )
    )

with tm.boundary("Provider network partner", trust=tg.Trust.PARTNER):
    # The international medical provider network we contract with for hospital search.
    provider_directory = tm.add(
        tg.ExternalService(
            "Medical provider network directory",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="REST API listing contracted hospitals and clinics by location.",
        )
    )

with tm.boundary("Assistance platform VPC", trust=tg.Trust.INTERNAL):
    # Public entry point for the in-app chat.
    chat_api = tm.add(
        tg.Endpoint(
            "Assistance chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="policy number and date of birth"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Answers calls from the carrier, transcribes speech and speaks the agent's replies.
    voice_gateway = tm.add(
        tg.Service(
            "Voice gateway",
            description="SIP trunk from the carrier, in-house speech-to-text and text-to-speech.",
            controls={
                c.Authentication(method="policy number and date of birth given by the caller")
            },
        )
    )
    # The LLM agent that runs the conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Medical assistance agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=30)},
        )
    )
    # Read-only lookup of the traveller's policy and cover limits.
    policy_tool = tm.add(
        tg.Tool(
            "Policy cover lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only service account on the policy system")},
        )
    )
    # Queries the partner directory for hospitals near the traveller.
    hospital_tool = tm.add(tg.Tool("Hospital finder tool", capabilities={"read", "network-egress"}))
    # Issues the guarantee of payment to the hospital by e-mail and records it on the case.
    gop_tool = tm.add(
        tg.Tool(
            "Guarantee of payment tool",
            capabilities={"write", "send-messages", "money-movement"},
            controls={
                c.HumanInTheLoop(approver="duty medical officer", above="EUR 3,000 per case"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Reads and appends to the case file for the agent.
    case_tool = tm.add(tg.Tool("Case management tool", capabilities={"read", "write"}))
    # Shared mailbox that receives hospital correspondence and files it on the case.
    mailbox = tm.add(
        tg.Service(
            "Hospital correspondence mailbox",
            description="Matches incoming e-mails to cases by the case reference in the subject.",
        )
    )

    with tm.boundary("Core insurance tier", trust=tg.Trust.RESTRICTED):
        # The insurer's system of record for policies.
        policy_admin = tm.add(
            tg.DataStore(
                "Policy administration system",
                stores={policy_record},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Every assistance case, with medical details and guarantees issued.
        case_store = tm.add(
            tg.DataStore(
                "Assistance case store",
                stores={case_file},
                controls={c.EncryptionAtRest(key_management="KMS"), c.AuditLogging()},
            )
        )

with tm.boundary("Assistance centre network", trust=tg.Trust.INTERNAL):
    # Doctors and nurses of our medical team who follow cases and approve larger guarantees.
    medical_team = tm.add(
        tg.Actor(
            "Medical assistance team",
            role="medical officer",
            controls={c.Authentication(method="staff SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# the traveller's channels
tm.flow(traveller, chat_api, traveller_message, protocol="https", controls={tls})
tm.flow(chat_api, traveller, agent_reply, protocol="https", controls={tls})
tm.flow(traveller, voice_gateway, call_audio, protocol="pstn")
tm.flow(voice_gateway, traveller, call_audio, protocol="pstn", label="synthesised reply")
tm.flow(chat_api, agent, traveller_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(voice_gateway, agent, traveller_message, label="transcript")
tm.flow(agent, voice_gateway, agent_reply)

# the model
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

# cover check
tm.flow(agent, policy_tool, cover_query)
tm.flow(policy_tool, agent, cover_result)
tm.flow(policy_tool, policy_admin, cover_query)
tm.flow(policy_admin, policy_tool, policy_record)

# hospital search
tm.flow(agent, hospital_tool, location_query)
tm.flow(hospital_tool, agent, hospital_list)
tm.flow(hospital_tool, provider_directory, location_query, protocol="https", controls={tls})
tm.flow(provider_directory, hospital_tool, hospital_list, protocol="https", controls={tls})

# case file
tm.flow(agent, case_tool, case_update)
tm.flow(case_tool, agent, case_file)
tm.flow(case_tool, case_store, case_update)
tm.flow(case_store, case_tool, case_file)

# guarantee of payment
tm.flow(agent, gop_tool, gop_request)
tm.flow(gop_tool, agent, gop_status)
tm.flow(
    medical_team,
    gop_tool,
    gop_approval,
    protocol="https",
    label="approves guarantees above EUR 3,000",
)
tm.flow(gop_tool, hospital, gop_letter, protocol="smtp")
tm.flow(gop_tool, case_store, gop_letter, label="guarantee issued")

# hospital correspondence
tm.flow(hospital, mailbox, medical_report, protocol="smtp")
tm.flow(mailbox, case_store, medical_report)

# the medical team follows every case
tm.flow(case_store, medical_team, case_file, protocol="https")
tm.flow(medical_team, case_store, case_update, protocol="https", label="clinical notes")
