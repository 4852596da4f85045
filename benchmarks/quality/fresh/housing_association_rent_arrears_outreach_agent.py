"""Rent arrears outreach agent: the first design, before any security review.

A UK housing association's income team uses an LLM agent to contact tenants
who fall behind on rent. Each night the agent reads the rent accounts and
tenancy notes of tenancies in arrears from the housing management system,
drafts a personalised text or letter with a hosted LLM (in the vendor's UK
region), and sends texts through an SMS gateway and letters through a
print-and-post service. Tenants reply by text; the gateway posts replies to our
inbound webhook and the agent answers, offers a payment plan within the limits
the income team set, and books a call with an income officer in the team's
Microsoft 365 calendars. Plans outside the limits and anything the agent cannot
handle go to the officers' workqueue. Officers sign in with Entra ID and MFA;
the agent's keys sit in Key Vault and its actions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing association rent arrears outreach agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that contacts tenants in arrears, offers payment plans and books calls.",
)

# ---------------------------------------------------------------- data assets
rent_account = tg.Data(
    "Rent account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Balance, charges, payments, benefit (Universal Credit) status.",
)
tenancy_notes = tg.Data(
    "Tenancy notes",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Officers' free-text notes: vulnerability, health, household circumstances.",
)
account_query = tg.Data("Account lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
account_context = tg.Data(
    "Account and notes for the agent", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
message = tg.Data("Outreach message", kind="model-output", sensitivity=tg.Sensitivity.PII)
text = tg.Data("Text message to tenant", sensitivity=tg.Sensitivity.PII)
letter = tg.Data("Arrears letter", kind="documents", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Tenant text reply", sensitivity=tg.Sensitivity.PII)
plan = tg.Data(
    "Payment plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking = tg.Data("Call booking", kind="records", sensitivity=tg.Sensitivity.PII)
escalation = tg.Data("Escalated case", kind="records", sensitivity=tg.Sensitivity.REGULATED)
decision = tg.Data("Officer decision", kind="instructions", sensitivity=tg.Sensitivity.PII)
outreach_log = tg.Data("Outreach log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants receive texts and letters and reply by text from their phones.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("LLM vendor UK region", trust=tg.Trust.PARTNER):
    # The hosted model that drafts and answers; vendor content filter left on.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Messaging and print suppliers", trust=tg.Trust.PARTNER):
    # Sends our texts and forwards tenants' replies to us.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))
    # Prints and posts letters sent to it as PDFs.
    print_post = tm.add(tg.ExternalService("Print and post service"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The income officers' shared calendars, where calls are booked.
    calendar = tm.add(tg.ExternalService("Income team calendars"))

with tm.boundary("Association Azure subscription", trust=tg.Trust.INTERNAL):
    # The agent: plans each tenant's contact and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Arrears outreach agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="an income officer",
                    above="plans longer than 52 weeks or arrears over GBP 2,000",
                ),
                c.CircuitBreaker(max_steps=25),
                c.SecretsManagement(note="Azure Key Vault"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Receives tenants' replies that the SMS gateway posts to us.
    inbound = tm.add(
        tg.Endpoint("Inbound SMS webhook", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # Reads rent accounts and notes through a read-only housing system API account.
    account_tool = tm.add(
        tg.Tool(
            "Rent account reader",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only API account")},
        )
    )
    # Records an agreed payment plan on the rent account.
    plan_tool = tm.add(
        tg.Tool(
            "Payment plan tool",
            capabilities={"write"},
            controls={
                c.TransactionLimits(
                    limit="at most 52 weeks and arrears up to GBP 2,000 per tenancy; "
                    "at least GBP 3.70 a week"
                )
            },
        )
    )
    # Sends texts via the gateway and letters via print and post.
    messaging_tool = tm.add(tg.Tool("Messaging tool", capabilities={"send-messages"}))
    # Books a call slot in an income officer's calendar.
    booking_tool = tm.add(tg.Tool("Call booking tool", capabilities={"read", "write"}))
    # Every message sent and received, per tenancy, for the income team.
    log_store = tm.add(tg.DataStore("Outreach log store", stores={outreach_log}))
    # Where officers see escalations and decide plans outside the limits.
    workqueue = tm.add(
        tg.Service(
            "Officer workqueue",
            controls={c.Authentication(method="Microsoft Entra ID single sign-on with MFA")},
        )
    )

with tm.boundary("Association data centre", trust=tg.Trust.INTERNAL):
    # The existing housing management system: rent accounts and tenancy notes.
    hms = tm.add(
        tg.DataStore(
            "Housing management system",
            stores={rent_account, tenancy_notes, plan},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Income officers take the booked calls and handle escalations.
    officer = tm.add(tg.Actor("Income officer", role="income officer"))

# ---------------------------------------------------------------- flows
# Reading the accounts
tm.flow(agent, account_tool, account_query)
tm.flow(account_tool, hms, account_query, protocol="https")
tm.flow(hms, account_tool, rent_account, tenancy_notes, protocol="https")
tm.flow(account_tool, agent, account_context)

# Drafting with the LLM
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Outbound texts and letters
tm.flow(agent, messaging_tool, message)
tm.flow(messaging_tool, sms_gateway, text, protocol="https")
tm.flow(sms_gateway, tenant, text, label="SMS")
tm.flow(messaging_tool, print_post, letter, protocol="sftp")
tm.flow(print_post, tenant, letter, label="post")

# Tenant replies
tm.flow(tenant, sms_gateway, reply, label="SMS")
tm.flow(sms_gateway, inbound, reply, protocol="https", label="inbound SMS webhook")
tm.flow(inbound, agent, reply)

# Payment plans and call bookings
tm.flow(agent, plan_tool, plan)
tm.flow(plan_tool, hms, plan, protocol="https")
tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, calendar, booking, protocol="https", label="Microsoft Graph")
tm.flow(calendar, booking_tool, booking, protocol="https", label="free slots")
tm.flow(booking_tool, agent, booking)
tm.flow(calendar, officer, booking, protocol="https")

# Log and escalations
tm.flow(agent, log_store, outreach_log)
tm.flow(agent, workqueue, escalation, protocol="https")
tm.flow(workqueue, officer, escalation, protocol="https")
tm.flow(officer, workqueue, decision, protocol="https")
tm.flow(workqueue, agent, decision, protocol="https")
