"""Parish council planning objection summaries: the first design, before any security review.

The district council consults the parish council on each planning application in
the parish. Residents send their comments and objections to the parish clerk by
e-mail or through a comment form on the council's website, which e-mails each
submission to the clerk's mailbox in the council's Microsoft 365 tenant. The clerk
logs every comment in a comments register (a SharePoint list) against its application.
Before the monthly meeting the clerk asks a small summary assistant, run in the
tenant, to summarise the comments on an application; it pulls the application's
public details from the district planning portal and sends the comments to a hosted
LLM. The clerk checks each summary against the comments and files it in the meeting
library, which councillors read; after the meeting the clerk submits the council's
response on the district council's planning portal. Staff and councillors sign in
with council Microsoft 365 accounts; the library is permissioned by role.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parish council planning objection summaries",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of residents' planning comments for the monthly council meeting.",
)

# ---------------------------------------------------------------- data assets
form_comment = tg.Data(
    "Resident comment form submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, e-mail, application reference and the comment text.",
)
email_comment = tg.Data(
    "Resident comment e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text e-mails, sometimes with letters or photos attached.",
)
register_entry = tg.Data(
    "Comments register entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
application_details = tg.Data(
    "Planning application details",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Description of the proposal, site address and officer summary.",
)
summary_request = tg.Data(
    "Summary request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The application reference and the clerk's instructions.",
)
llm_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application details and every comment on it.",
)
llm_summary = tg.Data("LLM comment summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_summary = tg.Data(
    "Draft comment summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
meeting_summary = tg.Data(
    "Checked summary for the meeting pack",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
council_response = tg.Data(
    "Parish council consultation response",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in (or outside) the parish can comment on an application.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Council website hosting", trust=tg.Trust.INTERNAL):
    # The comment form on the parish council's website; it e-mails each submission.
    comment_form = tm.add(
        tg.Endpoint(
            "Planning comment form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.InputValidation(note="required fields, length limits and a CAPTCHA"),
            },
        )
    )

with tm.boundary("Council Microsoft 365 tenant", trust=tg.Trust.INTERNAL):
    # The clerk's mailbox, where e-mailed and form comments arrive.
    mailbox = tm.add(tg.DataStore("Clerk mailbox", stores={email_comment, form_comment}))
    # One row per comment, logged by the clerk against the application reference.
    register = tm.add(tg.DataStore("Comments register", stores={register_entry}))
    # Small app the clerk runs to build the prompt and call the LLM for one application.
    assistant = tm.add(
        tg.Service(
            "Summary assistant",
            description="Collects an application's comments and details, asks the LLM for "
            "a summary of the points raised and returns it to the clerk.",
            controls={
                c.Authentication(method="council Microsoft 365 account"),
                c.HumanInTheLoop(
                    approver="parish clerk",
                    note="the clerk checks each summary against the comments before it "
                    "goes into the meeting pack",
                ),
            },
        )
    )
    # SharePoint library holding the meeting packs councillors read.
    library = tm.add(
        tg.DataStore(
            "Meeting pack library",
            stores={meeting_summary},
            controls={c.RBAC(note="clerk edits, councillors read")},
        )
    )

with tm.boundary("Council office", trust=tg.Trust.INTERNAL):
    # The clerk runs the process and is the council's only employee.
    clerk = tm.add(tg.Actor("Parish clerk", role="clerk", privileged=True))
    # Councillors read the summaries and decide the council's response at the meeting.
    councillor = tm.add(tg.Actor("Councillor", role="councillor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used through the vendor's business API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="business terms: inputs not used for training"),
            },
        )
    )

with tm.boundary("District council", trust=tg.Trust.PARTNER):
    # Public application details on the district council's planning portal.
    portal_docs = tm.add(
        tg.DataSource(
            "Planning portal application pages",
            origin=tg.Origin.PARTNER,
            provides={application_details},
        )
    )
    # The district council's consultee submission service on the same portal.
    portal = tm.add(tg.ExternalService("District planning portal consultee service"))

# ---------------------------------------------------------------- flows
# Comments coming in
tm.flow(resident, comment_form, form_comment, protocol="https")
tm.flow(comment_form, mailbox, form_comment, protocol="smtp")
tm.flow(resident, mailbox, email_comment, protocol="smtp")
tm.flow(mailbox, clerk, email_comment, form_comment, protocol="https")
tm.flow(clerk, register, register_entry, protocol="https", label="logs each comment")

# Summarising
tm.flow(clerk, assistant, summary_request, protocol="https")
tm.flow(register, assistant, register_entry, label="comments on the application")
tm.flow(portal_docs, assistant, application_details, protocol="https")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_summary, protocol="https")
tm.flow(assistant, clerk, draft_summary, protocol="https")

# Meeting and response
tm.flow(clerk, library, meeting_summary, protocol="https", label="checked summary")
tm.flow(library, councillor, meeting_summary, protocol="https")
tm.flow(library, clerk, meeting_summary, protocol="https")
tm.flow(clerk, portal, council_response, protocol="https", label="files the council's response")
