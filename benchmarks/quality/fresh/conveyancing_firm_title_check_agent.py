"""Conveyancing title check agent: the first design, before any security review.

A conveyancing firm's fee earners start a title check on a purchase file from the
draft review app. An LLM agent, running in the firm's cloud tenancy and calling a
hosted model, reads the property search results, the seller's replies to
enquiries and the other documents on the file in the case management system, and
downloads official copies of the title register from the Land Registry's business
portal. It flags issues (restrictions, charges, missing easements, mismatches with
the searches), writes its notes to the file and drafts further enquiries to the
seller's solicitor. The conveyancing solicitor reviews each draft in the review
app and approves it before the agent sends it from the firm's mailbox. Controls:
SSO with MFA for staff, case-level permissions and encryption in the case
management system, solicitor approval of every e-mail, an agent activity log and
a vendor assessment of the model provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Conveyancing title check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that reviews title, searches and replies and drafts enquiries for approval.",
)

# ---------------------------------------------------------------- data assets
searches = tg.Data(
    "Property search results",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Local authority, drainage and environmental search reports (PDF).",
)
title_extracts = tg.Data(
    "Title register extracts",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Official copies of the register and title plan: owners, charges, restrictions.",
)
replies = tg.Data(
    "Replies to enquiries",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="The seller's solicitor's replies, e-mailed with attachments.",
)
case_file = tg.Data(
    "Conveyancing case file",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Client identity, property, price, mortgage details and all case documents.",
)
check_request = tg.Data(
    "Title check request", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
prompt = tg.Data("Agent prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data("Model completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
file_call = tg.Data("Case file tool call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
file_result = tg.Data("Case documents read", sensitivity=tg.Sensitivity.PII, kind="tool-result")
issue_notes = tg.Data("Title issue notes", sensitivity=tg.Sensitivity.PII, kind="model-output")
draft_enquiries = tg.Data(
    "Draft further enquiries", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
title_lookup = tg.Data("Title number lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
portal_creds = tg.Data(
    "Land Registry portal credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
approval = tg.Data("Enquiry approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
send_call = tg.Data("Send enquiry e-mail call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
enquiry_email = tg.Data("Enquiry e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")
activity_log = tg.Data("Agent activity log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The other side's solicitor: answers our enquiries by e-mail.
    sellers_solicitor = tm.add(tg.Actor("Seller's solicitor", role="opposing solicitor"))

with tm.boundary("HM Land Registry", trust=tg.Trust.PARTNER):
    # The Land Registry's business portal: the source of official copies of the register.
    land_registry = tm.add(
        tg.ExternalService(
            "Land Registry portal",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Business e-services API for official copies, used with the firm's account.",
        )
    )

with tm.boundary("Search provider", trust=tg.Trust.PARTNER):
    # The search company the firm orders local, drainage and environmental searches from.
    search_provider = tm.add(
        tg.ExternalService(
            "Property search provider",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Returns search reports to the case management system when they are ready.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero data retention agreed")},
        )
    )

with tm.boundary("Firm office", trust=tg.Trust.INTERNAL):
    # The fee earner who runs the file and approves every outgoing enquiry.
    solicitor = tm.add(tg.Actor("Conveyancing solicitor", role="fee earner"))

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # The firm's case management system: where every file and document lives.
    cms = tm.add(
        tg.DataStore(
            "Case management system",
            stores={case_file, searches, title_extracts, replies, issue_notes, draft_enquiries},
            controls={
                c.RBAC(note="case-level permissions per fee earner and team"),
                c.EncryptionAtRest(key_management="vendor-managed keys"),
                c.AuditLogging(),
            },
        )
    )
    # The firm's mailbox: sends the enquiries and receives the replies.
    mail = tm.add(
        tg.Service(
            "Firm mail server",
            description="Hosted Exchange mailbox for the conveyancing team; replies are filed to the case.",
        )
    )
    # Where the solicitor starts a check, reads the flags and approves each draft.
    review_app = tm.add(
        tg.Endpoint(
            "Draft review app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="firm SSO with MFA")},
        )
    )
    # The agent: reads the file, checks title and drafts enquiries.
    agent = tm.add(
        tg.Agent(
            "Title check agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="LLM agent with a title-check playbook prompt; one run per check request.",
        )
    )
    # Reads documents from the file and writes the agent's notes and drafts back.
    file_tool = tm.add(
        tg.Tool(
            "Case file tool",
            capabilities={"read", "write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Wraps the case management system's API with the agent's service account.",
        )
    )
    # Downloads official copies of the register for the title numbers on the file.
    lr_tool = tm.add(
        tg.Tool(
            "Land Registry lookup tool",
            capabilities={"read", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Calls the portal with the firm's business account credentials.",
        )
    )
    # Sends an approved enquiry to the seller's solicitor from the firm's mailbox.
    email_tool = tm.add(
        tg.Tool(
            "Enquiry e-mail tool",
            capabilities={"send-messages"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={
                c.HumanInTheLoop(
                    approver="the conveyancing solicitor on the file",
                    note="every e-mail is approved in the draft review app before it is sent",
                )
            },
        )
    )
    # A record of each run: prompts, tool calls and outputs.
    log_store = tm.add(
        tg.DataStore(
            "Agent activity log",
            stores={activity_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

# ---------------------------------------------------------------- flows
# documents arriving on the file
tm.flow(search_provider, cms, searches, protocol="https", label="search results delivered")
tm.flow(sellers_solicitor, mail, replies, protocol="smtp")
tm.flow(mail, cms, replies, protocol="https", label="filed to the case")

# starting a check
tm.flow(solicitor, review_app, check_request, protocol="https")
tm.flow(review_app, agent, check_request)

# the agent's reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# reading and writing the file
tm.flow(agent, file_tool, file_call)
tm.flow(file_tool, agent, file_result)
tm.flow(cms, file_tool, case_file, searches, title_extracts, replies, protocol="https")
tm.flow(file_tool, cms, issue_notes, draft_enquiries, title_extracts, protocol="https")

# official copies from the Land Registry
tm.flow(agent, lr_tool, title_lookup)
tm.flow(lr_tool, land_registry, title_lookup, portal_creds, protocol="https")
tm.flow(land_registry, lr_tool, title_extracts, protocol="https")
tm.flow(lr_tool, agent, title_extracts)

# review and approval
tm.flow(agent, review_app, issue_notes, draft_enquiries)
tm.flow(review_app, solicitor, issue_notes, draft_enquiries, protocol="https")
tm.flow(solicitor, review_app, approval, protocol="https", label="approves or edits each draft")
tm.flow(review_app, agent, approval)

# sending the approved enquiry
tm.flow(agent, email_tool, send_call)
tm.flow(email_tool, mail, enquiry_email, protocol="https")
tm.flow(mail, sellers_solicitor, enquiry_email, protocol="smtp")

# record of the run
tm.flow(agent, log_store, activity_log)
