"""Debt collection voice agent: the first design, before any security review.

Our debt collection agency's outbound dialler picks overdue accounts from the case
management system each day and has the telephony provider call the customers. A
voice gateway streams the call audio to a speech vendor for transcription and
synthesis, and an LLM voice agent (hosted model behind a vendor API) talks to the
customer. It checks identity by date of birth and postcode, offers repayment plans
through a plan tool that refuses terms outside the client's set limits, and for
card payments transfers the caller to the payment provider's secure line, where
card digits are keyed in and never reach our systems. On request, or when the
customer seems vulnerable, a handoff tool passes the call and a summary to a
call-centre agent. The dialler enforces contact-time rules; the case system has
role-based access, audit logs and encryption at rest; staff sign in with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Debt collection outbound voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Outbound calls on overdue accounts: ID check, repayment plans, card payments.",
)

# ---------------------------------------------------------------- data assets
call_list = tg.Data("Daily call list", kind="records", sensitivity=tg.Sensitivity.PII)
call_request = tg.Data("Outbound call request", kind="records", sensitivity=tg.Sensitivity.PII)
call_audio = tg.Data("Call audio", kind="media", sensitivity=tg.Sensitivity.PII)
customer_speech = tg.Data(
    "Customer speech transcript", kind="prompt", sensitivity=tg.Sensitivity.PII
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with account context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Script instructions, the account summary and the conversation so far.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
account = tg.Data(
    "Debtor account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, date of birth, postcode, balance, arrears, vulnerability notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
id_answers = tg.Data("Identity answers", kind="tool-call", sensitivity=tg.Sensitivity.PII)
id_result = tg.Data(
    "Identity check result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
plan_request = tg.Data("Repayment plan request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
plan_limits = tg.Data(
    "Repayment plan limits",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-client minimum instalment, maximum term and settlement discount.",
)
plan = tg.Data("Repayment plan", kind="records", sensitivity=tg.Sensitivity.PII)
payment_request = tg.Data("Card payment request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_session = tg.Data(
    "Secure payment session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data(
    "Card details keyed by phone",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="PAN, expiry and CVV entered as keypad tones on the provider's secure line.",
)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
transfer = tg.Data("Call transfer instruction", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
handoff_summary = tg.Data(
    "Handoff summary",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Why the call was handed over, including any vulnerability the customer disclosed.",
)
case_notes = tg.Data("Agent case notes", kind="records", sensitivity=tg.Sensitivity.PII)
recordings = tg.Data("Call recordings and transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The person we call about an overdue account (or whoever answers the phone).
    customer = tm.add(tg.Actor("Customer", role="debtor"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Cloud telephony that places outbound calls and streams their audio.
    telephony = tm.add(tg.ExternalService("Cloud telephony platform"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Speech-to-text and text-to-speech for the live call.
    speech = tm.add(tg.ExternalService("Speech recognition and synthesis", provides="model-api"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that drives the conversation.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor due diligence; no training on our data")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # PCI-certified secure line that takes card details by keypad and charges the card.
    pay_line = tm.add(tg.ExternalService("Payment provider secure line"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Picks who to call each day and starts the calls.
    dialler = tm.add(
        tg.Service(
            "Outbound campaign dialler",
            controls={
                c.PolicyEnforcement(
                    rules="calls only 8am-9pm, at most one attempt per account per day"
                )
            },
        )
    )
    # Bridges call audio to the speech vendor and the voice agent.
    gateway = tm.add(tg.Service("Voice gateway"))
    # The LLM agent that runs the collection call.
    voice_agent = tm.add(
        tg.Agent(
            "Collections voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.Authentication(method="date of birth and postcode matched to the account called")
            },
        )
    )
    # Checks the caller's answers against the account.
    id_tool = tm.add(tg.Tool("Identity check tool", capabilities={"read"}))
    # Sets up an instalment plan on the account.
    plan_tool = tm.add(
        tg.Tool(
            "Repayment plan tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="refuses instalments or terms outside the client's plan limits"
                )
            },
        )
    )
    # Opens a payment session and moves the call to the secure line.
    pay_tool = tm.add(tg.Tool("Take payment tool", capabilities={"money-movement"}))
    # Hands the live call and a summary to a person.
    handoff_tool = tm.add(tg.Tool("Agent handoff tool", capabilities={"send-messages"}))
    # Call recordings and transcripts kept for complaints and regulator requests.
    recording_store = tm.add(
        tg.DataStore(
            "Call recording store",
            stores={recordings},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

    with tm.boundary("Collections data", trust=tg.Trust.RESTRICTED):
        # System of record for debts, plans, payments and contact history.
        case_system = tm.add(
            tg.DataStore(
                "Case management system",
                stores={account, plan_limits, plan, payment_result, case_notes},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

with tm.boundary("Call centre", trust=tg.Trust.INTERNAL):
    # Human collector who takes over handed-off calls.
    collector = tm.add(tg.Actor("Call centre agent", role="collections agent"))
    # Softphone and case screen on the collector's desk.
    desktop = tm.add(
        tg.Service(
            "Agent desktop",
            controls={c.Authentication(method="SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(case_system, dialler, call_list, label="daily batch")
tm.flow(dialler, telephony, call_request, protocol="https")
tm.flow(dialler, voice_agent, account, label="call context")

tm.flow(telephony, customer, call_audio, protocol="pstn")
tm.flow(customer, telephony, call_audio, protocol="pstn")
tm.flow(telephony, gateway, call_audio, protocol="wss")
tm.flow(gateway, telephony, call_audio, protocol="wss")
tm.flow(gateway, speech, call_audio, agent_reply, protocol="wss")
tm.flow(speech, gateway, customer_speech, call_audio, protocol="wss")
tm.flow(gateway, voice_agent, customer_speech)
tm.flow(voice_agent, gateway, agent_reply)
tm.flow(gateway, recording_store, recordings)

tm.flow(voice_agent, llm, prompt, protocol="https")
tm.flow(llm, voice_agent, completion, protocol="https")

tm.flow(voice_agent, id_tool, id_answers)
tm.flow(id_tool, voice_agent, id_result)
tm.flow(id_tool, case_system, id_answers, label="account lookup")
tm.flow(case_system, id_tool, account)

tm.flow(voice_agent, plan_tool, plan_request)
tm.flow(plan_tool, voice_agent, plan)
tm.flow(case_system, plan_tool, account, plan_limits)
tm.flow(plan_tool, case_system, plan)

tm.flow(voice_agent, pay_tool, payment_request)
tm.flow(pay_tool, voice_agent, payment_result)
tm.flow(pay_tool, pay_line, payment_session, protocol="https")
tm.flow(pay_line, pay_tool, payment_result, protocol="https")
tm.flow(pay_tool, telephony, transfer, protocol="https", label="transfer to secure line")
tm.flow(customer, telephony, card_details, protocol="pstn", label="keypad tones")
tm.flow(telephony, pay_line, card_details, protocol="pstn", label="bridged call")
tm.flow(pay_tool, case_system, payment_result)

tm.flow(voice_agent, handoff_tool, handoff_summary)
tm.flow(handoff_tool, telephony, transfer, protocol="https", label="transfer to agent queue")
tm.flow(handoff_tool, desktop, handoff_summary, protocol="https")
tm.flow(telephony, desktop, call_audio, protocol="wss")
tm.flow(desktop, telephony, call_audio, protocol="wss")
tm.flow(desktop, collector, handoff_summary, account, label="on screen")
tm.flow(collector, desktop, case_notes, plan)
tm.flow(case_system, desktop, account, protocol="https")
tm.flow(desktop, case_system, case_notes, plan, protocol="https")
tm.flow(voice_agent, recording_store, recordings, label="transcript")
