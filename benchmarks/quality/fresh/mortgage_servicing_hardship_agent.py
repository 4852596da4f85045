"""Mortgage servicing hardship agent: the first design, before any security review.

Borrowers who are behind on their mortgage, or expect to be, reach a hardship
assistant either by chat in the signed-in borrower portal or by phone through our
telephony carrier, whose speech service turns the call into text and back. An LLM
agent, built on a hosted model, asks about the hardship, income and monthly expenses,
reads the loan from the servicing system, collects uploaded pay stubs and bank
statements, and calls the loss-mitigation rules engine to see which forbearance or
repayment plans the investor guidelines allow. It then drafts an offer into the case.
A servicing specialist reviews every draft in the loss-mitigation workstation and
approves, edits or rejects it; approved offers are sent to the borrower by the
correspondence service. Controls in this design: portal sign-in with a one-time code,
knowledge-based caller verification on the phone, specialist approval of every offer,
TLS on external links, encrypted servicing and case data, and agent audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage servicing hardship agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that takes hardship applications by chat and phone, checks "
        "forbearance eligibility and drafts offers for specialist approval."
    ),
)

# ---------------------------------------------------------------- data assets
borrower_message = tg.Data(
    "Borrower chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the borrower types or says: hardship reason, income, expenses.",
)
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The borrower's voice on the hardship line.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, loan details and tool results.",
)
llm_completion = tg.Data(
    "Model completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
loan_record = tg.Data(
    "Loan and borrower record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Balance, escrow, delinquency, investor, SSN and contact details.",
)
hardship_documents = tg.Data(
    "Hardship documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pay stubs, bank statements, unemployment letters uploaded by borrowers.",
)
financial_profile = tg.Data(
    "Income and expense profile",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
eligibility_request = tg.Data(
    "Eligibility check", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
eligibility_result = tg.Data(
    "Eligible plans", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_offer = tg.Data(
    "Draft forbearance offer",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
specialist_decision = tg.Data(
    "Specialist decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
offer_letter = tg.Data("Offer letter", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
agent_logs = tg.Data("Agent conversation logs", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The borrower in financial difficulty, on the web portal or on the phone.
    borrower = tm.add(tg.Actor("Borrower", role="borrower"))

with tm.boundary("Telephony carrier", trust=tg.Trust.PARTNER):
    # Cloud contact-centre carrier: takes the call and runs speech-to-text / text-to-speech.
    telephony = tm.add(
        tg.ExternalService(
            "Contact-centre telephony and speech",
            provides=tg.ExternalCategory.GENERIC,
            description="Hosted IVR, speech recognition and synthesis for the hardship line.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted by a vendor under an enterprise contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review; no training on our data")},
        )
    )

with tm.boundary("Servicing cloud", trust=tg.Trust.INTERNAL):
    # Chat API of the existing borrower portal, where borrowers sign in to their loan.
    portal = tm.add(
        tg.Endpoint(
            "Borrower portal chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with SMS one-time code"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Bridges the carrier's transcribed call into an agent session after caller checks.
    voice_gateway = tm.add(
        tg.Service(
            "Voice channel gateway",
            controls={
                c.Authentication(
                    method="loan number, last four digits of SSN and property ZIP code"
                )
            },
        )
    )
    # The hardship agent: runs the interview, calls tools, drafts the offer.
    agent = tm.add(
        tg.Agent(
            "Hardship agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="servicing specialist"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Tool: reads the borrower's loan from the servicing system.
    loan_lookup = tm.add(tg.Tool("Loan lookup tool", capabilities={"read"}))
    # Tool: runs the investor forbearance waterfall on the gathered figures.
    eligibility_tool = tm.add(tg.Tool("Eligibility check tool", capabilities={"read"}))
    # Tool: writes the draft offer and the financial profile into the hardship case.
    offer_tool = tm.add(tg.Tool("Offer drafting tool", capabilities={"write"}))
    # Stores uploaded documents and the hardship case file (profile, draft, decision).
    case_store = tm.add(
        tg.DataStore(
            "Hardship case store",
            stores={hardship_documents, financial_profile, draft_offer, agent_logs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Sends approved offer letters by e-mail and print-and-mail vendor.
    correspondence = tm.add(tg.Service("Correspondence service"))

    with tm.boundary("Core servicing", trust=tg.Trust.RESTRICTED):
        # System of record for loans; the agent only reads it through the lookup tool.
        servicing_system = tm.add(
            tg.DataStore(
                "Loan servicing system",
                stores={loan_record},
                controls={c.EncryptionAtRest(key_management="HSM"), c.RBAC()},
            )
        )
        # Deterministic loss-mitigation rules (GSE / FHA / investor guidelines), no ML.
        rules_engine = tm.add(tg.Service("Loss-mitigation rules engine"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Servicing specialists review and approve every drafted offer.
    specialist = tm.add(tg.Actor("Servicing specialist", role="loss mitigation specialist"))
    # Case workstation where drafts are reviewed, edited, approved or rejected.
    workstation = tm.add(
        tg.Service(
            "Loss-mitigation workstation",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Chat channel
tm.flow(borrower, portal, borrower_message, hardship_documents, protocol="https")
tm.flow(portal, borrower, agent_reply, protocol="https")
tm.flow(portal, agent, borrower_message)
tm.flow(agent, portal, agent_reply)
tm.flow(portal, case_store, hardship_documents, label="document upload")

# Phone channel
tm.flow(borrower, telephony, call_audio, protocol="pstn", label="phone call")
tm.flow(telephony, borrower, call_audio, protocol="pstn", label="synthesised speech")
tm.flow(telephony, voice_gateway, borrower_message, protocol="wss", label="transcript")
tm.flow(voice_gateway, telephony, agent_reply, protocol="wss", label="text to speak")
tm.flow(voice_gateway, agent, borrower_message)
tm.flow(agent, voice_gateway, agent_reply)

# Agent reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(case_store, agent, hardship_documents, label="uploaded documents")
tm.flow(agent, case_store, agent_logs, label="conversation log")

# Tools
tm.flow(agent, loan_lookup, eligibility_request, label="loan number")
tm.flow(loan_lookup, servicing_system, eligibility_request)
tm.flow(servicing_system, loan_lookup, loan_record)
tm.flow(loan_lookup, agent, loan_record)

tm.flow(agent, eligibility_tool, eligibility_request, financial_profile)
tm.flow(eligibility_tool, rules_engine, eligibility_request, financial_profile)
tm.flow(servicing_system, rules_engine, loan_record)
tm.flow(rules_engine, eligibility_tool, eligibility_result)
tm.flow(eligibility_tool, agent, eligibility_result)

tm.flow(agent, offer_tool, draft_offer, financial_profile)
tm.flow(offer_tool, case_store, draft_offer, financial_profile)

# Specialist review and delivery
tm.flow(case_store, workstation, draft_offer, financial_profile, hardship_documents)
tm.flow(specialist, workstation, specialist_decision, protocol="https")
tm.flow(workstation, specialist, draft_offer, protocol="https")
tm.flow(workstation, case_store, specialist_decision)
tm.flow(workstation, servicing_system, specialist_decision, label="book approved plan")
tm.flow(workstation, correspondence, offer_letter)
tm.flow(correspondence, borrower, offer_letter, protocol="smtp+starttls")
