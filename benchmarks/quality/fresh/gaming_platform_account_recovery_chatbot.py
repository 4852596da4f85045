"""Account recovery chatbot for a games platform: the first design, before any security review.

Players who have lost their account to a hijacker cannot sign in, so they open a
recovery case from the public support site. They confirm a contact e-mail address
with a one-time code and then chat with a recovery agent, an LLM agent whose model a
vendor hosts. The agent asks for ownership evidence (original registration e-mail,
purchase transaction IDs, card last four digits, screenshots of receipts), looks the
account up, compares the answers with the purchase history, and when it is satisfied
resets the account's two-factor settings and e-mails a one-time re-enrolment link.
Resets on accounts above a purchase-value threshold wait for a tier-2 support agent,
who works from the support console. Everything runs in the support VPC; account and
billing data sit in a restricted data tier. Controls in this design: rate limiting and
upload checks on the chat endpoint, a step limit on the agent, the approval threshold
on resets, encryption at rest on the account and billing stores, TLS to the vendors,
and SSO with hardware keys for support staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gaming platform account recovery chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that recovers hijacked player accounts and resets two-factor settings.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Recovery chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the player types: username, registration e-mail, transaction IDs.",
)
evidence_upload = tg.Data(
    "Ownership evidence upload",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Screenshots of purchase receipts and store e-mails, uploaded by the player.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, evidence text and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Account lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_record = tg.Data(
    "Player account record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Username, registered e-mail, country, login history with IP addresses.",
)
account_summary = tg.Data("Account summary", kind="tool-result", sensitivity=tg.Sensitivity.PII)
evidence_claim = tg.Data(
    "Ownership claim to check",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Transaction IDs, card last four digits and dates the player gave.",
)
purchase_history = tg.Data(
    "Purchase history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Transaction IDs, dates, amounts, payment method type and card last four.",
)
evidence_result = tg.Data(
    "Evidence match result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
reset_request = tg.Data("Two-factor reset call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
reset_result = tg.Data(
    "Two-factor reset outcome", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
two_factor_settings = tg.Data(
    "Two-factor settings",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Authenticator enrolment, backup codes and the recovery e-mail address.",
)
recovery_link = tg.Data(
    "Re-enrolment link",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="One-time link, valid 24 hours, to set a new password and authenticator.",
)
approval_request = tg.Data("Reset approval request", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Reset approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
case_record = tg.Data(
    "Recovery case record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Transcript, uploaded evidence and the agent's tool calls for each case.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person claiming the account: the real owner or the hijacker.
    player = tm.add(tg.Actor("Player", role="player"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers the re-enrolment link to the account's registered address.
    email_service = tm.add(
        tg.ExternalService(
            "Transactional e-mail service",
            description="Sends platform e-mails through its HTTPS API.",
        )
    )

with tm.boundary("Support VPC", trust=tg.Trust.INTERNAL):
    # Public entry point for recovery chats: players cannot sign in to the platform.
    chat = tm.add(
        tg.Endpoint(
            "Recovery chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Opens a case once the contact e-mail is confirmed; takes chat and uploads.",
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="upload type and size checks on evidence files"),
                c.Authentication(
                    method="one-time code sent to the contact e-mail given when opening the case"
                ),
            },
        )
    )
    # Runs the conversation and decides which recovery tool to call next.
    agent = tm.add(
        tg.Agent(
            "Recovery agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Collects ownership evidence, checks it and resets two-factor settings.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Lets the agent find the account the player names.
    lookup_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            description="Finds an account by username or registered e-mail and returns a summary.",
        )
    )
    # Compares what the player says with the billing records.
    evidence_tool = tm.add(
        tg.Tool(
            "Ownership evidence checker",
            capabilities={"read"},
            description="Matches claimed transaction IDs, dates and card last four to purchases.",
        )
    )
    # The action the whole system exists for: clear 2FA and send a re-enrolment link.
    reset_tool = tm.add(
        tg.Tool(
            "Two-factor reset tool",
            capabilities={"write", "send-messages"},
            description="Removes the authenticator, revokes sessions and e-mails a re-enrolment link.",
            controls={
                c.HumanInTheLoop(
                    approver="tier-2 support agent",
                    above="USD 200 of lifetime purchases on the account",
                ),
                c.LeastPrivilegeTools(note="service account limited to 2FA and session APIs"),
            },
        )
    )
    # Where every case is kept for follow-up, disputes and staff review.
    case_store = tm.add(tg.DataStore("Recovery case store", stores={case_record}))
    # Staff tool for approving high-value resets and reading cases.
    console = tm.add(
        tg.Service(
            "Support console",
            description="Queue of resets awaiting approval, with the case transcript and evidence.",
            controls={c.Authentication(method="corporate SSO with hardware security key")},
        )
    )

    with tm.boundary("Account data tier", trust=tg.Trust.RESTRICTED):
        # System of record for player accounts and their security settings.
        account_db = tm.add(
            tg.DataStore(
                "Player account database",
                stores={account_record, two_factor_settings},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Billing records the ownership evidence is checked against.
        billing_db = tm.add(
            tg.DataStore(
                "Billing database",
                stores={purchase_history},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves resets above the threshold and handles escalations.
    staff = tm.add(tg.Actor("Tier-2 support agent", role="support staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(player, chat, chat_message, evidence_upload, protocol="https", controls={tls})
tm.flow(chat, player, agent_reply, protocol="https", controls={tls})
tm.flow(chat, agent, chat_message, evidence_upload)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, account_db, lookup_call, label="query by username or e-mail")
tm.flow(account_db, lookup_tool, account_record)
tm.flow(lookup_tool, agent, account_summary)

tm.flow(agent, evidence_tool, evidence_claim)
tm.flow(evidence_tool, billing_db, evidence_claim, label="query purchases of the account")
tm.flow(billing_db, evidence_tool, purchase_history)
tm.flow(evidence_tool, agent, evidence_result)

tm.flow(agent, reset_tool, reset_request)
tm.flow(reset_tool, console, approval_request, label="high-value account")
tm.flow(console, reset_tool, approval)
tm.flow(reset_tool, account_db, two_factor_settings, label="clear authenticator, revoke sessions")
tm.flow(reset_tool, email_service, recovery_link, protocol="https")
tm.flow(email_service, player, recovery_link, protocol="smtp", label="to the registered e-mail")
tm.flow(reset_tool, agent, reset_result)

tm.flow(agent, case_store, case_record)
tm.flow(case_store, console, case_record)
tm.flow(staff, console, approval, protocol="https")
tm.flow(console, staff, approval_request, case_record, protocol="https")
