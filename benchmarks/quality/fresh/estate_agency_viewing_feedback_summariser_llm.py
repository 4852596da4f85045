"""Estate agency viewing feedback summariser: the first design, before any security review.

A UK estate agency's negotiators show buyers round homes for sale, write viewing
notes in the agency's SaaS property CRM and phone buyers afterwards for feedback
through the cloud telephony platform, which records and transcribes the calls.
Buyers can also leave feedback on a short web form linked from the follow-up
e-mail. Every Monday a summariser service in the agency's cloud tenancy collects
the week's notes, form answers and call transcripts for each property, asks a
hosted LLM for a seller-facing summary, and saves a draft weekly report. The
property's negotiator reads and edits the draft in a review console and approves
it; the report is then shown on the seller portal and e-mailed to the seller.
Staff sign in with Microsoft 365 SSO; sellers sign in to the portal with e-mail
and password. Traffic is HTTPS and the LLM vendor's API key sits in a key vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Estate agency viewing feedback summariser LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weekly LLM summaries of buyers' viewing feedback for the sellers of each property.",
)

# ---------------------------------------------------------------- data assets
viewing_notes = tg.Data(
    "Viewing notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Negotiator's notes per viewing: buyer name, position, comments, offer intent.",
)
spoken_feedback = tg.Data("Buyer feedback call audio", kind="media", sensitivity=tg.Sensitivity.PII)
call_transcripts = tg.Data(
    "Feedback call transcripts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Transcripts of negotiators' follow-up calls with buyers.",
)
form_feedback = tg.Data(
    "Buyer feedback form answers",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text answers and a rating, submitted by the buyer after a viewing.",
)
summary_prompt = tg.Data(
    "Feedback summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the week's notes, transcripts and form answers for one property.",
)
llm_summary = tg.Data("LLM feedback summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_report = tg.Data(
    "Draft weekly seller report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Viewing count, summarised feedback and themes, before negotiator approval.",
)
approved_report = tg.Data("Weekly seller report", kind="documents", sensitivity=tg.Sensitivity.PII)
report_edits = tg.Data(
    "Negotiator edits and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
seller_sign_in = tg.Data(
    "Seller sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective buyers who viewed a property; anyone can book a viewing.
    buyer = tm.add(tg.Actor("Buyer", role="prospective buyer"))
    # Homeowners selling through the agency; they read the weekly reports.
    seller = tm.add(tg.Actor("Seller", role="vendor client"))

with tm.boundary("Branch office", trust=tg.Trust.INTERNAL):
    # Runs viewings, writes notes, calls buyers, approves the weekly reports.
    negotiator = tm.add(tg.Actor("Negotiator", role="estate agent"))

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The agency's property CRM: viewings, buyer contacts, notes and form answers.
    crm = tm.add(
        tg.DataStore(
            "Property CRM",
            stores={viewing_notes, form_feedback},
            controls={c.Authentication(method="Microsoft 365 SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Cloud phone system the negotiators call from; records and transcribes calls.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony platform",
            description="Call recording and transcription are switched on for the sales team.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Feedback summariser LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.HumanInTheLoop(approver="the property's negotiator approves each report")},
        )
    )

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web form buyers use to leave feedback after a viewing.
    feedback_form = tm.add(
        tg.Endpoint(
            "Viewing feedback form",
            purpose=tg.EndpointPurpose.API,
            description="Linked from the follow-up e-mail by a per-viewing URL.",
        )
    )
    # Weekly job: gathers each property's feedback, prompts the LLM, drafts reports.
    summariser = tm.add(
        tg.Service(
            "Feedback summariser service",
            controls={c.SecretsManagement(note="LLM and CRM API keys in the cloud key vault")},
        )
    )
    # Drafts and approved reports per property and week.
    report_store = tm.add(
        tg.DataStore(
            "Seller report store",
            stores={draft_report, approved_report},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Staff page where negotiators read, edit and approve drafts.
    review_console = tm.add(
        tg.Endpoint(
            "Report review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )
    # Seller-facing portal showing the approved weekly reports.
    seller_portal = tm.add(
        tg.Endpoint(
            "Seller portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends the report to the seller.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(negotiator, crm, viewing_notes, protocol="https", controls={tls})
tm.flow(buyer, telephony, spoken_feedback, protocol="pstn", label="feedback call")
tm.flow(buyer, feedback_form, form_feedback, protocol="https", controls={tls})
tm.flow(feedback_form, crm, form_feedback, protocol="https", controls={tls})

tm.flow(crm, summariser, viewing_notes, form_feedback, protocol="https", controls={tls})
tm.flow(telephony, summariser, call_transcripts, protocol="https", controls={tls})
tm.flow(summariser, llm, summary_prompt, protocol="https", controls={tls})
tm.flow(llm, summariser, llm_summary, protocol="https", controls={tls})
tm.flow(summariser, report_store, draft_report)

tm.flow(report_store, review_console, draft_report)
tm.flow(review_console, negotiator, draft_report, protocol="https", controls={tls})
tm.flow(negotiator, review_console, report_edits, protocol="https", controls={tls})
tm.flow(review_console, report_store, approved_report, label="approved and published")

tm.flow(seller, seller_portal, seller_sign_in, protocol="https", controls={tls})
tm.flow(report_store, seller_portal, approved_report)
tm.flow(seller_portal, seller, approved_report, protocol="https", controls={tls})
tm.flow(report_store, email, approved_report, protocol="https", controls={tls})
tm.flow(email, seller, approved_report, protocol="smtp")
