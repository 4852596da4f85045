"""Parish council planning comment summariser: the first design, before any security review.

An English parish council is a statutory consultee on planning applications in
its parish. Residents send their comments and objections through a form on the
council's website (run by a small web-hosting firm) or by e-mail to the clerk.
The form delivers into the clerk's mailbox in the council's Microsoft 365
tenant, where the clerk logs each comment in a register. Before each planning
committee meeting a summariser service in the tenant pulls the comments on each
application, adds the application's description from the district council's
public planning portal, and asks a hosted LLM for a summary of the themes raised
for and against. The clerk reviews and edits every summary before it goes into
the committee pack; councillors read the pack, the agenda is published on the
website, and the clerk submits the council's response to the district council.
Staff and councillors sign in to Microsoft 365 with MFA, and all links use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parish council planning comment summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of residents' planning comments for the planning committee.",
)

# ---------------------------------------------------------------- data assets
comment = tg.Data(
    "Resident planning comment",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address and free-text comment; sometimes health or family circumstances.",
)
register_entry = tg.Data(
    "Comment register entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Application reference, commenter, date, and the comment text.",
)
application = tg.Data(
    "Planning application details",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Description of the proposal and the applicant's statements, as published.",
)
summary_prompt = tg.Data("Summary prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft_summary = tg.Data(
    "Draft comment summary", kind="model-output", sensitivity=tg.Sensitivity.PII
)
committee_pack = tg.Data(
    "Committee pack",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Agenda with the reviewed summaries of comments for each application.",
)
published_agenda = tg.Data("Published agenda", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
consultation_response = tg.Data(
    "Council consultation response", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone may comment on an application: no account is needed.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))
    # The district council's public planning portal: source of the application
    # details and where the parish council lodges its response.
    portal = tm.add(tg.ExternalService("District council planning portal"))

with tm.boundary("Website host", trust=tg.Trust.PARTNER):
    # The public comment form on the parish website; it e-mails each submission to the clerk.
    comment_form = tm.add(
        tg.Endpoint(
            "Planning comment form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="required fields and a 5,000-character limit")},
        )
    )
    # Public pages where agendas and minutes are published, as the law requires.
    website = tm.add(tg.DataStore("Parish website pages", stores={published_agenda}))

with tm.boundary("Council Microsoft 365 tenant", trust=tg.Trust.INTERNAL):
    # The clerk (proper officer) runs the process and administers the tenant.
    clerk = tm.add(
        tg.Actor(
            "Parish clerk",
            role="clerk and proper officer",
            privileged=True,
            controls={c.Authentication(method="Microsoft 365 account with MFA")},
        )
    )
    # Members of the planning committee, on their council Microsoft 365 accounts.
    councillor = tm.add(
        tg.Actor(
            "Planning committee councillor",
            role="councillor",
            controls={c.Authentication(method="Microsoft 365 account with MFA")},
        )
    )
    # Where form submissions and e-mailed comments arrive.
    mailbox = tm.add(tg.DataStore("Clerk's mailbox", stores={comment}))
    # SharePoint list the clerk keeps of every comment, per application.
    register = tm.add(
        tg.DataStore(
            "Comment register",
            stores={register_entry},
            controls={c.RBAC(note="clerk edits; committee members read")},
        )
    )
    # Azure Function the clerk runs per meeting: gathers comments, calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Summariser service",
            description="Builds one prompt per application from the register and portal text.",
        )
    )
    # SharePoint library of drafts and the final committee packs.
    pack_library = tm.add(
        tg.DataStore(
            "Committee pack library",
            stores={draft_summary, committee_pack},
            controls={
                c.HumanInTheLoop(
                    approver="the clerk reviews and edits each summary before it enters the pack"
                )
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the theme summaries.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

# ---------------------------------------------------------------- flows
# comments coming in
tm.flow(resident, comment_form, comment, protocol="https")
tm.flow(comment_form, mailbox, comment, label="form submission e-mail", protocol="smtp+starttls")
tm.flow(resident, mailbox, comment, label="direct e-mail", protocol="smtp+starttls")
tm.flow(mailbox, clerk, comment, protocol="https")
tm.flow(clerk, register, register_entry, protocol="https")

# summarising
tm.flow(register, summariser, register_entry)
tm.flow(portal, summariser, application, protocol="https")
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, draft_summary, protocol="https")
tm.flow(summariser, pack_library, draft_summary)

# review, committee and publication
tm.flow(pack_library, clerk, draft_summary, protocol="https")
tm.flow(clerk, pack_library, committee_pack, label="reviewed pack", protocol="https")
tm.flow(pack_library, councillor, committee_pack, protocol="https")
tm.flow(register, councillor, register_entry, label="full comments on request", protocol="https")
tm.flow(clerk, website, published_agenda, protocol="https")
tm.flow(website, resident, published_agenda, protocol="https")
tm.flow(clerk, portal, consultation_response, protocol="https")
