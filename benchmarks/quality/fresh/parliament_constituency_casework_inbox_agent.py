"""Constituency casework inbox agent: the first design, before any security review.

An MP's constituency office gets hundreds of casework e-mails a week from constituents
about benefits, immigration, housing and health, often with letters attached. An LLM
agent, hosted in our UK cloud tenancy, reads the office's shared casework mailbox in
Parliament's Microsoft 365 through the Graph API, triages each message (category,
urgency, existing case or new), files it in the office's SaaS casework system, drafts a
reply to the constituent and, where an agency needs to act, drafts a letter to it from
the office's templates. Drafts land in the mailbox's Drafts folder and in the case;
caseworkers review, edit and send them. Filing and updating cases goes ahead without a
person. The agent calls a hosted LLM whose supplier was vetted for UK data residency and
no training on our data; its Graph access is limited to the one shared mailbox, the
casework API key sits in a key vault, and every run is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Constituency casework inbox agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Triages constituents' casework e-mails, drafts replies and agency letters, "
    "and files cases for an MP's office.",
)

# ---------------------------------------------------------------- data assets
constituent_email = tg.Data(
    "Constituent casework e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Free text about the constituent's problem, often with health, immigration "
    "or benefits details; attachments such as agency letters and medical letters.",
)
reply_email = tg.Data(
    "Reply to constituent", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
agency_letter = tg.Data(
    "Letter to agency",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Letter on the MP's behalf to the Home Office, DWP, council or NHS body.",
)
agency_response = tg.Data("Agency response", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
mailbox_call = tg.Data("Mailbox query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
inbox_messages = tg.Data("Inbox messages", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED)
draft_call = tg.Data(
    "Draft and triage action",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Draft reply text plus the category, urgency flag and folder to apply.",
)
case_call = tg.Data(
    "Case filing call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Find the constituent's case, create or update it, attach the e-mail.",
)
case_result = tg.Data(
    "Case lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
case_record = tg.Data(
    "Casework record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
letter_call = tg.Data(
    "Letter drafting call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
templates = tg.Data(
    "Letter templates and agency contacts",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The office's standard letters and the MP hotline addresses of each agency.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System instructions, the e-mail thread, case history and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can write to the office: the constituents the service is for, and anyone else.
    constituent = tm.add(tg.Actor("Constituent", role="member of the public"))

with tm.boundary("Government agencies", trust=tg.Trust.PARTNER):
    # Agency MP-enquiry teams who receive the office's letters and reply to them.
    agency = tm.add(tg.Actor("Agency MP enquiry team", role="agency caseworker"))

with tm.boundary("Parliament Microsoft 365", trust=tg.Trust.INTERNAL):
    # The office's shared casework mailbox, run by the Parliamentary Digital Service.
    mailbox = tm.add(
        tg.DataStore(
            "Casework shared mailbox",
            stores={constituent_email, reply_email, agency_letter, agency_response},
            controls={c.Authentication(method="Parliament account with MFA")},
        )
    )

with tm.boundary("Constituency office", trust=tg.Trust.INTERNAL):
    # Office staff who review the agent's drafts, edit and send them.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))

with tm.boundary("Agent hosting (UK cloud tenancy)", trust=tg.Trust.INTERNAL):
    # The LLM agent that works through the inbox.
    agent = tm.add(
        tg.Agent(
            "Casework inbox agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="a caseworker",
                    note="every reply and agency letter is sent by a caseworker from the "
                    "drafts; case filing and updates go ahead directly",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Reads new messages and attachments from the shared mailbox.
    mailbox_reader = tm.add(
        tg.Tool(
            "Mailbox reader",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="Graph application access policy: one mailbox")},
        )
    )
    # Saves drafts and applies triage categories and folders; cannot send.
    draft_tool = tm.add(
        tg.Tool(
            "Draft and triage tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="Graph application access policy: one mailbox")},
        )
    )
    # Looks up, creates and updates cases in the casework system.
    case_tool = tm.add(
        tg.Tool(
            "Casework system tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="casework API key in the key vault")},
        )
    )
    # Fills a letter template and attaches the draft letter to the case.
    letter_tool = tm.add(tg.Tool("Agency letter drafting tool", capabilities={"write"}))
    # The office's templates and agency contact list.
    template_store = tm.add(tg.DataStore("Letter template library", stores={templates}))
    # One record per agent run: messages read, tool calls made, drafts produced.
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK region, no training on customer data")},
        )
    )

with tm.boundary("Casework system vendor", trust=tg.Trust.PARTNER):
    # The office's SaaS constituency casework system: the record of every case.
    casework = tm.add(
        tg.DataStore(
            "Casework system",
            stores={case_record, agency_letter},
            controls={
                c.Authentication(method="Microsoft single sign-on with MFA"),
                c.RBAC(),
                c.EncryptionAtRest(),
                c.AuditLogging(),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(constituent, mailbox, constituent_email, protocol="smtp")
tm.flow(mailbox, constituent, reply_email, protocol="smtp")
tm.flow(mailbox, agency, agency_letter, protocol="smtp+starttls")
tm.flow(agency, mailbox, agency_response, protocol="smtp+starttls")

tm.flow(agent, mailbox_reader, mailbox_call)
tm.flow(mailbox, mailbox_reader, constituent_email, agency_response, protocol="https")
tm.flow(mailbox_reader, agent, inbox_messages)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, draft_tool, draft_call)
tm.flow(draft_tool, mailbox, reply_email, protocol="https", label="saved to Drafts")

tm.flow(agent, case_tool, case_call)
tm.flow(case_tool, casework, case_record, protocol="https")
tm.flow(casework, case_tool, case_record, protocol="https")
tm.flow(case_tool, agent, case_result)

tm.flow(agent, letter_tool, letter_call)
tm.flow(template_store, letter_tool, templates)
tm.flow(letter_tool, casework, agency_letter, protocol="https", label="draft letter on the case")

tm.flow(agent, log_store, run_log)

tm.flow(
    mailbox, caseworker, constituent_email, reply_email, protocol="https", label="review drafts"
)
tm.flow(caseworker, mailbox, reply_email, agency_letter, protocol="https", label="edit and send")
tm.flow(caseworker, casework, case_record, protocol="https")
tm.flow(casework, caseworker, case_record, agency_letter, protocol="https")
