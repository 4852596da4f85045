"""Coroner's court inquest scheduling agent: the first design, before any security review.

A coroner's service in England wants to cut the weeks officers spend finding inquest dates.
A coroner's officer hands a case to an LLM agent from a web console. The agent reads the
case's scheduling details (interested persons, witnesses, pathologist, expected length)
from the case management system through a read-only tool, e-mails the bereaved family,
witnesses and pathologist from a shared mailbox in the council's Microsoft 365 tenant to
ask their availability, reads the replies, and places provisional courtroom holds in the
court's booking system. It tracks each case in a state store and reasons with a hosted LLM
under a UK-region contract. It proposes a date and drafts hearing notices, which the
officer checks and sends from the mailbox. Controls today: SSO with MFA on the console,
audit logging on the case system, the mail tool scoped to the one mailbox, a vendor review
of the LLM provider, and officer approval of notices (requests and holds go unapproved).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coroner's court inquest scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent that finds inquest dates over e-mail and drafts hearing "
    "notices for the coroner's officer.",
)

# ---------------------------------------------------------------- data assets
instructions = tg.Data(
    "Scheduling instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference, witnesses to call, hearing length, the coroner's dates.",
)
case_summary = tg.Data(
    "Case scheduling summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Deceased's name and date of death, interested persons, witnesses, "
    "pathologist, and their contact details.",
)
case_file = tg.Data(
    "Inquest case file",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Post-mortem report, statements, medical records and police reports.",
)
case_query = tg.Data("Case lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
inbound = tg.Data(
    "Availability replies",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mails and attachments from families, witnesses and pathologists; "
    "often mention health, grief or the circumstances of the death.",
)
outbound = tg.Data(
    "Availability request e-mails",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Written by the agent and sent without review.",
)
notice_draft = tg.Data(
    "Hearing notice drafts",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed date, courtroom and notices to each interested person and witness.",
)
notice = tg.Data("Hearing notice", kind="documents", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, case summary, e-mail thread and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
availability = tg.Data(
    "Courtroom availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
hold = tg.Data(
    "Provisional courtroom hold",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Room, date and case reference; holds can be placed and released.",
)
state = tg.Data(
    "Scheduling state",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who has been asked, who replied, dates offered and ruled out.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Interested persons the inquest must be fixed around.
    family = tm.add(tg.Actor("Bereaved family member", role="interested person"))
    # Police officers, clinicians and lay witnesses called to give evidence.
    witness = tm.add(tg.Actor("Witness", role="witness"))
    # Must be free to give evidence on the post-mortem; writes from an NHS mailbox.
    pathologist = tm.add(tg.Actor("Pathologist", role="expert witness"))

with tm.boundary("Council Microsoft 365 tenant", trust=tg.Trust.INTERNAL):
    # Shared mailbox every scheduling e-mail goes out from and comes back to.
    mailbox = tm.add(tg.DataStore("Scheduling mailbox", stores={inbound, outbound, notice}))

with tm.boundary("Coroner's service cloud", trust=tg.Trust.INTERNAL):
    # Where officers hand cases to the agent and review what it proposes.
    console = tm.add(
        tg.Endpoint(
            "Officer console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council Entra ID single sign-on with MFA")},
        )
    )
    # Coordinates everyone's availability and drafts the notices.
    agent = tm.add(
        tg.Agent(
            "Inquest scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="coroner's officer",
                    note="hearing notices only; availability e-mails and holds are not approved",
                )
            },
        )
    )
    # Read-only access to the scheduling fields of a case.
    case_tool = tm.add(tg.Tool("Case lookup tool", capabilities={"read"}))
    # Reads replies from, and sends requests out of, the scheduling mailbox.
    mail_tool = tm.add(
        tg.Tool(
            "Mail tool",
            capabilities={"read", "send-messages"},
            controls={
                c.LeastPrivilegeTools(note="Graph API access policy limits it to the one mailbox")
            },
        )
    )
    # Checks free courtrooms and places or releases provisional holds.
    calendar_tool = tm.add(tg.Tool("Courtroom calendar tool", capabilities={"read", "write"}))
    # The agent's record of where each case's scheduling stands.
    state_store = tm.add(tg.DataStore("Scheduling state store", stores={state}))

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # The coroner's officer who owns each case and sends the notices.
    officer = tm.add(tg.Actor("Coroner's officer", role="coroner's officer"))
    # Court diary for the coroner's courtrooms.
    booking = tm.add(tg.DataStore("Courtroom booking system", stores={availability, hold}))

    with tm.boundary("Case management zone", trust=tg.Trust.RESTRICTED):
        # System of record for every inquest.
        cms = tm.add(
            tg.DataStore(
                "Case management system",
                stores={case_file, case_summary},
                controls={c.AuditLogging()},
            )
        )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model that reads every e-mail thread and plans the agent's steps.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK-region deployment, no training on prompts")},
        )
    )

# ---------------------------------------------------------------- flows
# The officer hands over a case and gets a proposal back
tm.flow(officer, console, instructions, protocol="https")
tm.flow(console, agent, instructions)
tm.flow(agent, console, notice_draft)
tm.flow(console, officer, notice_draft, protocol="https")

# The agent's reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, state_store, state)
tm.flow(state_store, agent, state)

# Reading the case
tm.flow(agent, case_tool, case_query)
tm.flow(case_tool, cms, case_query, protocol="https")
tm.flow(cms, case_tool, case_summary, protocol="https")
tm.flow(case_tool, agent, case_summary)

# Coordinating over e-mail
tm.flow(agent, mail_tool, outbound)
tm.flow(mail_tool, mailbox, outbound, protocol="https", label="Graph API send")
tm.flow(mailbox, mail_tool, inbound, protocol="https", label="Graph API read")
tm.flow(mail_tool, agent, inbound)
tm.flow(mailbox, family, outbound, notice, protocol="smtp")
tm.flow(mailbox, witness, outbound, notice, protocol="smtp")
tm.flow(mailbox, pathologist, outbound, notice, protocol="smtp")
tm.flow(family, mailbox, inbound, protocol="smtp")
tm.flow(witness, mailbox, inbound, protocol="smtp")
tm.flow(pathologist, mailbox, inbound, protocol="smtp")

# Courtrooms
tm.flow(agent, calendar_tool, hold)
tm.flow(calendar_tool, booking, hold, protocol="https")
tm.flow(booking, calendar_tool, availability, protocol="https")
tm.flow(calendar_tool, agent, availability)

# The officer sends the approved notices
tm.flow(officer, mailbox, notice, protocol="https", label="Outlook")
