"""Toll bridge charge dispute agent: the first design, before any security review.

The bridge operator charges drivers from number-plate camera reads. Drivers who dispute
a crossing charge or a penalty notice reach an LLM agent through a chat on the website
(signed in to their account, or with the penalty notice number and registration) or by
e-mail to the disputes address. The agent runs in the operator's cloud account and uses
a model hosted by a vendor (reviewed, no training on our data). Through its tools it looks
at the camera images and plate reads of the disputed crossings and at the account's charge
history, cancels charges under 20 pounds itself (the cancellation tool refuses larger
ones), and hands larger cases to the customer team's case queue. It can also update the
driver's contact details and the list of vehicles on the account. Account data and images
are encrypted at rest in the tolling core; account changes are audit-logged; the chat is
rate-limited and the agent has a step limit. Conversations are kept in a transcript store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Toll bridge charge dispute agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent handling disputes about toll charges and penalty notices by web chat and e-mail.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Dispute chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data(
    "Driver sign-in",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Account e-mail and password, or penalty notice number and registration.",
)
dispute_email = tg.Data(
    "Dispute e-mail and attachments",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text e-mail, often with photos, V5C scans or sale receipts attached.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt with case context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the driver's words, account history and crossing images.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
plate_images = tg.Data(
    "Plate camera images and reads",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
account_history = tg.Data(
    "Account and charge history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
cancellation = tg.Data(
    "Charge cancellation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
account_change = tg.Data(
    "Contact details and vehicle list change",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
escalated_case = tg.Data("Escalated dispute case", kind="records", sensitivity=tg.Sensitivity.PII)
team_decision = tg.Data(
    "Customer team dispute decision", kind="records", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data(
    "Dispute conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who gets a charge or penalty notice, or says they did.
    driver = tm.add(tg.Actor("Driver", role="account holder or notice recipient"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # The chat API behind the website widget.
    chat = tm.add(
        tg.Endpoint(
            "Dispute chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="account e-mail and password, or penalty notice number with registration"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Receives mail to the disputes address and sends the agent's replies.
    mail = tm.add(
        tg.Service(
            "Disputes mail gateway",
            controls={c.InputValidation(note="attachment type and size limits")},
        )
    )
    # The LLM agent that works each dispute.
    agent = tm.add(
        tg.Agent(
            "Dispute agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="customer team", above="GBP 20 per charge"),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Fetches the images and plate reads for the crossings in dispute.
    evidence_tool = tm.add(tg.Tool("Crossing evidence lookup", capabilities={"read"}))
    # Reads the account, its vehicles and its charges and notices.
    history_tool = tm.add(tg.Tool("Account history lookup", capabilities={"read"}))
    # Cancels a charge or penalty notice; refuses amounts of 20 pounds or more.
    cancel_tool = tm.add(
        tg.Tool(
            "Charge cancellation tool",
            capabilities={"write"},
            controls={c.TransactionLimits(limit="GBP 20 per charge")},
        )
    )
    # Changes contact details and adds or removes vehicles on the account.
    account_tool = tm.add(tg.Tool("Account update tool", capabilities={"write"}))
    # Hands a case with the agent's summary to the customer team.
    handoff_tool = tm.add(tg.Tool("Case handoff tool", capabilities={"write"}))
    # Every conversation, kept for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # The customer team's queue of escalated disputes.
    case_queue = tm.add(tg.DataStore("Dispute case queue", stores={escalated_case}))

with tm.boundary("Tolling core", trust=tg.Trust.RESTRICTED):
    # Images and reads from the bridge's plate cameras, the evidence for each charge.
    image_store = tm.add(
        tg.DataStore(
            "Plate camera image store",
            stores={plate_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Accounts, vehicles, charges and penalty notices.
    account_db = tm.add(
        tg.DataStore(
            "Driver account database",
            stores={account_history, sign_in},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted multimodal model: it reads the camera images too.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="no training on our data, 30-day retention")},
        )
    )

with tm.boundary("Operator office", trust=tg.Trust.INTERNAL):
    # Decides the larger disputes the agent may not.
    customer_team = tm.add(tg.Actor("Customer team member", role="customer service"))

# ---------------------------------------------------------------- flows
tm.flow(driver, chat, sign_in, chat_message, protocol="https")
tm.flow(chat, driver, reply, protocol="https")
tm.flow(chat, account_db, sign_in, protocol="tls", label="sign-in check")
tm.flow(driver, mail, dispute_email, protocol="smtp")
tm.flow(mail, driver, reply, protocol="smtp")

tm.flow(chat, agent, chat_message, protocol="https")
tm.flow(agent, chat, reply, protocol="https")
tm.flow(mail, agent, dispute_email, protocol="https")
tm.flow(agent, mail, reply, protocol="https")
tm.flow(agent, llm, prompt, plate_images, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, evidence_tool, tool_call)
tm.flow(evidence_tool, image_store, tool_call, protocol="tls")
tm.flow(image_store, evidence_tool, plate_images, protocol="tls")
tm.flow(evidence_tool, agent, plate_images)

tm.flow(agent, history_tool, tool_call)
tm.flow(history_tool, account_db, tool_call, protocol="tls")
tm.flow(account_db, history_tool, account_history, protocol="tls")
tm.flow(history_tool, agent, account_history)

tm.flow(agent, cancel_tool, tool_call)
tm.flow(cancel_tool, account_db, cancellation, protocol="tls")
tm.flow(cancel_tool, agent, tool_result)

tm.flow(agent, account_tool, tool_call)
tm.flow(account_tool, account_db, account_change, protocol="tls")
tm.flow(account_tool, agent, tool_result)

tm.flow(agent, handoff_tool, tool_call)
tm.flow(handoff_tool, case_queue, escalated_case)
tm.flow(handoff_tool, agent, tool_result)

tm.flow(case_queue, customer_team, escalated_case, protocol="https")
tm.flow(image_store, customer_team, plate_images, protocol="https")
tm.flow(account_db, customer_team, account_history, protocol="https")
tm.flow(customer_team, account_db, team_decision, protocol="https", label="cancels or upholds")
