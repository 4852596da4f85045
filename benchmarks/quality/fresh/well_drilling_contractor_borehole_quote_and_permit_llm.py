"""Borehole quote and permit drafting: the first design, before any security review.

A family-run water well drilling contractor lets homeowners and farmers request a
quote on its website: name, contact details, the site address and a free-text
description of the site (access for the rig, existing wells, septic field, what
the water is for). A drafting service on the contractor's hosted app looks up the
state geological survey's public well logs and aquifer data for that location,
adds the contractor's price list and the state's permit form and setback rules,
and asks a hosted LLM to draft a quote and the well construction permit
application. The owner reviews and edits both in a small review app; approved
quotes go out by e-mail through a mail provider, and the owner files the permit
application himself on the state water agency's portal. The request form
validates its fields, the owner signs in with e-mail and password, every draft
waits for his approval, the database is encrypted at rest, and traffic is HTTPS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Borehole quote and permit drafting",
    profile=tg.RiskProfile.LOW,
    description="LLM-drafted well drilling quotes and permit applications, approved by the owner.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, phone, e-mail, site address and free-text site description.",
)
request_ack = tg.Data("Request confirmation", sensitivity="internal")
survey = tg.Data(
    "Geological survey well logs and aquifer data",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
prices = tg.Data("Drilling price list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
permit_rules = tg.Data(
    "Permit form and setback rules", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request, survey excerpts, prices and the permit form.",
)
completion = tg.Data("Draft quote and permit application", kind="model-output", sensitivity="pii")
approved_quote = tg.Data("Approved quote", kind="documents", sensitivity=tg.Sensitivity.PII)
application = tg.Data("Approved permit application", kind="documents", sensitivity="pii")
owner_edits = tg.Data("Owner edits and approval", kind="records", sensitivity="internal")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Homeowners and farmers wanting a new well.
    customer = tm.add(tg.Actor("Customer", role="prospective customer"))
    # The state survey's public web service: well logs near the site, depth to water.
    survey_api = tm.add(
        tg.DataSource(
            "State geological survey",
            origin=tg.Origin.PUBLIC_WEB,
            provides={survey},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the first drafts; the contractor has no ML staff.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Sends the approved quote from the company's address.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("State water agency", trust=tg.Trust.PARTNER):
    # Where well construction permits are filed.
    permit_portal = tm.add(tg.ExternalService("State well permit portal"))

with tm.boundary("Contractor hosted app", trust=tg.Trust.INTERNAL):
    # Public quote form on the company website.
    form = tm.add(
        tg.Endpoint(
            "Quote request form",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.InputValidation(note="required fields, lengths, address format")},
        )
    )
    # Gathers survey data, prices and the permit form, and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Quote drafting service",
            description="Runs when a request arrives; the LLM API key is in the app's environment.",
        )
    )
    # Requests, drafts and approved documents.
    jobs = tm.add(
        tg.DataStore(
            "Jobs database",
            stores={request, completion, approved_quote, application, owner_edits},
            controls={tg.controls.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Per-foot drilling, casing, grouting and pump prices.
    price_list = tm.add(tg.DataStore("Drilling price list store", stores={prices}))
    # The state's permit form and setback distances, updated by hand.
    rules_store = tm.add(tg.DataStore("Permit form and setback rules", stores={permit_rules}))
    # Where the owner checks every draft before anything leaves the company.
    review = tm.add(
        tg.Service(
            "Owner review app",
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.HumanInTheLoop(
                    approver="the owner", note="every quote and application"
                ),
            },
        )
    )

with tm.boundary("Company office", trust=tg.Trust.INTERNAL):
    # Also the driller who knows the local ground.
    owner = tm.add(tg.Actor("Owner", role="owner and master driller", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, form, request, protocol="https")
tm.flow(form, customer, request_ack, protocol="https")
tm.flow(form, jobs, request)
tm.flow(jobs, drafter, request)
tm.flow(survey_api, drafter, survey, protocol="https", label="lookup by site location")
tm.flow(price_list, drafter, prices)
tm.flow(rules_store, drafter, permit_rules)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, jobs, completion)

tm.flow(jobs, review, request, completion)
tm.flow(review, owner, request, completion, application, protocol="https")
tm.flow(owner, review, owner_edits, protocol="https")
tm.flow(review, jobs, owner_edits, approved_quote, application)
tm.flow(owner, review, prices, protocol="https", label="updates prices")
tm.flow(review, price_list, prices)
tm.flow(review, mailer, approved_quote, protocol="https")
tm.flow(mailer, customer, approved_quote, protocol="smtp")
tm.flow(owner, permit_portal, application, protocol="https", label="files the application")
tm.flow(
    permit_portal,
    owner,
    tg.Data("Permit decision", kind="documents", sensitivity="pii"),
    protocol="https",
)
