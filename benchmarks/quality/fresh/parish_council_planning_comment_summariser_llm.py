"""Parish council planning comment summariser: the first design, before any security review.

Residents comment on planning applications through a form on the parish council's
website, which a web host runs for the council; each comment is stored in the site's
database and e-mailed to the clerk's Microsoft 365 mailbox. Before each planning
meeting the clerk asks a small summariser (an Azure Function a local IT contractor
built in the council's tenancy) to summarise the comments on one application. It
pulls them from the website, adds the application details from the district
council's planning portal, and sends them to a hosted LLM; the summary lands in the
councillors' shared planning folder. The clerk checks each summary against the
comments before councillors see it. After the meeting the clerk publishes the agreed
response on the website and submits it to the district council's portal. The form
has a CAPTCHA and field limits; names and addresses are dropped before the LLM call;
Microsoft 365 accounts use MFA; the clerk signs in to the website with a password.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Parish council planning comment summariser",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Summarises residents' planning comments per application for councillors with a "
        "hosted LLM; the clerk publishes the council's agreed response."
    ),
)

# ---------------------------------------------------------------- data assets
comment = tg.Data(
    "Resident planning comment",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Name, postal address, e-mail, application reference and free-text comment.",
)
comment_email = tg.Data(
    "Comment notification e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
page_request = tg.Data("Application page request", kind="records", sensitivity="public")
summary_request = tg.Data(
    "Summary request", kind="records", description="An application reference chosen by the clerk."
)
application = tg.Data(
    "Planning application details",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Site address, proposal description and key dates from the planning portal.",
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fixed instructions, the application details and the comment texts.",
)
summary = tg.Data(
    "Comment summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Main points for and against, with counts, for one application.",
)
councillor_notes = tg.Data("Councillor notes on the response", kind="documents")
response = tg.Data(
    "Agreed council response",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The council's formal comment on the application, as minuted.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents (and anyone else) who comment and read the council's responses.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Council website hosting", trust=tg.Trust.INTERNAL):
    # The public comment form on each application's page.
    comment_form = tm.add(
        tg.Endpoint(
            "Planning comment form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="CAPTCHA, required fields and length limits")},
        )
    )
    # The council's CMS website: application pages and published responses.
    website = tm.add(
        tg.Service(
            "Council website CMS",
            internet_facing=True,
            controls={c.Authentication(method="CMS username and password")},
        )
    )
    # The site's database, where form submissions are kept.
    comments_db = tm.add(tg.DataStore("Website comments database", stores={comment}))

with tm.boundary("Council Microsoft 365 tenancy", trust=tg.Trust.INTERNAL):
    # The parish clerk: runs the summaries, checks them, publishes the response.
    clerk = tm.add(tg.Actor("Parish clerk", role="clerk", privileged=True))
    # Councillors: read the summaries and agree the response at the meeting.
    councillor = tm.add(tg.Actor("Councillor", role="councillor"))
    # The clerk's mailbox, which gets a copy of every comment from the form.
    mailbox = tm.add(
        tg.DataStore(
            "Clerk mailbox",
            stores={comment_email},
            controls={c.Authentication(method="Microsoft 365 account with MFA")},
        )
    )
    # The summariser: gathers one application's comments and asks the LLM for a summary.
    summariser = tm.add(
        tg.Service(
            "Comment summariser function",
            description="Azure Function run on demand by the clerk for one application.",
            controls={
                c.DataMinimization(note="names, e-mails and postal addresses dropped from prompts"),
                c.HumanInTheLoop(approver="the clerk checks each summary against the comments"),
            },
        )
    )
    # The shared planning folder: summaries, comment exports and draft responses.
    shared_folder = tm.add(
        tg.DataStore(
            "Councillors' planning folder",
            stores={summary, comment, councillor_notes, response},
            controls={
                c.Authentication(method="Microsoft 365 accounts with MFA"),
                c.RBAC(note="councillors and clerk only"),
            },
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # A hosted general-purpose model, called over its API.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK data residency, no training on inputs")},
        )
    )

with tm.boundary("District council", trust=tg.Trust.PARTNER):
    # The planning authority's portal: application details in, consultee responses out.
    planning_portal = tm.add(
        tg.ExternalService(
            "District planning portal",
            description="The planning authority's public register and consultee comment service.",
        )
    )

# ---------------------------------------------------------------- flows
# Residents comment.
tm.flow(resident, website, page_request, protocol="https", label="views application page")
tm.flow(website, resident, application, protocol="https")
tm.flow(resident, comment_form, comment, protocol="https")
tm.flow(comment_form, comments_db, comment)
tm.flow(comment_form, mailbox, comment_email, protocol="smtp+starttls")
tm.flow(mailbox, clerk, comment_email, protocol="https")

# The clerk asks for a summary of one application.
tm.flow(clerk, summariser, summary_request, protocol="https")
tm.flow(
    summariser,
    comments_db,
    summary_request,
    protocol="https",
    controls={c.Authentication(method="CMS application password")},
)
tm.flow(comments_db, summariser, comment, protocol="https")
tm.flow(summariser, planning_portal, summary_request, protocol="https")
tm.flow(planning_portal, summariser, application, protocol="https")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, shared_folder, summary, comment, protocol="https")

# Review, meeting and publication.
tm.flow(shared_folder, clerk, summary, comment, protocol="https", label="checks the summary")
tm.flow(shared_folder, councillor, summary, comment, protocol="https")
tm.flow(councillor, shared_folder, councillor_notes, protocol="https")
tm.flow(clerk, shared_folder, response, protocol="https")
tm.flow(clerk, website, response, protocol="https", label="publishes the agreed response")
tm.flow(website, resident, response, protocol="https")
tm.flow(clerk, planning_portal, response, protocol="https", label="consultee comment")
