"""Refugee resettlement housing match: the first design, before any security review.

A resettlement charity helps councils house refugee families arriving under
resettlement schemes. Councils and private landlords post offered homes
(address, size, rent, accessibility, nearby schools) through an offer portal.
Caseworkers keep each family's needs (household make-up, medical and mobility
needs, faith, schooling, languages) in the charity's case management system.
From a caseworker workbench, a matching service pulls a family's needs profile,
the open offers and a public directory of local services, and asks a hosted LLM
(EU region, under a data processing agreement) to rank the homes and draft a
proposal letter. Names and Home Office references are left out of the prompt.
The caseworker edits and approves each draft before it is e-mailed to the
council or landlord. Caseworkers sign in with Microsoft Entra ID and MFA;
landlords register on the portal with e-mail and password.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Refugee resettlement housing match",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted matching of refugee families to offered homes, drafting proposals.",
)

# ---------------------------------------------------------------- data assets
case_records = tg.Data(
    "Family case records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity, immigration status, health, disability, faith and children's details.",
)
needs = tg.Data(
    "Family needs profile",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Household size, medical and mobility needs, faith, schooling, languages.",
)
offer = tg.Data(
    "Housing offer",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Address, bedrooms, rent, accessibility and free-text description from the offerer.",
)
offer_response = tg.Data("Offer response", kind="records", sensitivity=tg.Sensitivity.PII)
local_info = tg.Data(
    "Local services directory", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
match_request = tg.Data("Match request", kind="prompt", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the family's needs profile, candidate offers and local services.",
)
completion = tg.Data(
    "LLM ranking and draft", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft = tg.Data("Draft housing proposal", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
approved = tg.Data("Approved housing proposal", kind="documents", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data("Caseworker sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Private landlords offering homes to the scheme.
    landlord = tm.add(tg.Actor("Private landlord", role="landlord"))
    # Public data on schools, GP surgeries, places of worship and transport.
    directory = tm.add(
        tg.DataSource(
            "Public local services directory",
            origin=tg.Origin.PUBLIC_WEB,
            provides={local_info},
            description="Council and NHS open data pages, refreshed weekly.",
        )
    )

with tm.boundary("Council", trust=tg.Trust.PARTNER):
    # Council resettlement officers offer social and leased homes and receive proposals.
    council_officer = tm.add(
        tg.Actor("Council housing officer", role="council resettlement officer")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model, EU data residency.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Ranks offers against a family's needs and drafts the proposal letter.",
            controls={c.SupplierAssessment(note="DPA signed; no training on our data, EU region")},
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Single sign-on for charity staff.
    idp = tm.add(
        tg.ExternalService("Microsoft Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # Sends approved proposals out from the charity's mailbox.
    mail = tm.add(tg.ExternalService("Microsoft 365 mail"))

with tm.boundary("Charity cloud tenant", trust=tg.Trust.INTERNAL):
    # Where councils and landlords post and update offered homes.
    offer_portal = tm.add(
        tg.Endpoint(
            "Housing offer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password"), c.InputValidation()},
        )
    )
    # Open and past housing offers.
    offer_store = tm.add(tg.DataStore("Housing offer database", stores={offer, offer_response}))
    # Existing system of record for every family the charity supports.
    cms = tm.add(
        tg.DataStore(
            "Case management system",
            stores={case_records, needs},
            controls={c.EncryptionAtRest(key_management="Azure managed keys"), c.RBAC()},
        )
    )
    # Builds the prompt, calls the LLM and stores the draft for review.
    matcher = tm.add(
        tg.Service(
            "Matching service",
            description="Assembles needs, candidate offers and local services into one prompt.",
            controls={
                c.DataMinimization(
                    note="names and Home Office references removed before prompting"
                ),
                c.HumanInTheLoop(approver="the family's caseworker"),
            },
        )
    )
    # Drafts, the prompts behind them and the caseworker's edits.
    draft_store = tm.add(tg.DataStore("Proposal draft store", stores={draft, completion, approved}))
    # Caseworkers request matches, review, edit and approve drafts here.
    workbench = tm.add(
        tg.Endpoint(
            "Caseworker workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft Entra ID SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Charity staff devices", trust=tg.Trust.INTERNAL):
    # Resettlement caseworkers, each responsible for a set of families.
    caseworker = tm.add(tg.Actor("Resettlement caseworker", role="caseworker"))

# ---------------------------------------------------------------- flows
tm.flow(landlord, offer_portal, offer, offer_response, protocol="https")
tm.flow(council_officer, offer_portal, offer, offer_response, protocol="https")
tm.flow(offer_portal, offer_store, offer, offer_response)
tm.flow(offer_store, offer_portal, offer, offer_response)
tm.flow(offer_portal, landlord, offer, protocol="https", label="own offers and status")
tm.flow(offer_portal, council_officer, offer, protocol="https", label="own offers and status")

tm.flow(caseworker, idp, sign_in, protocol="oidc")
tm.flow(idp, workbench, sign_in, protocol="oidc")
tm.flow(caseworker, cms, case_records, protocol="https", label="keeps case records")
tm.flow(caseworker, workbench, match_request, protocol="https")
tm.flow(workbench, matcher, match_request)

tm.flow(cms, matcher, needs)
tm.flow(offer_store, matcher, offer)
tm.flow(directory, matcher, local_info, protocol="https", label="weekly refresh")
tm.flow(matcher, llm, prompt, protocol="https")
tm.flow(llm, matcher, completion, protocol="https")
tm.flow(matcher, draft_store, draft, completion)
tm.flow(draft_store, workbench, draft)
tm.flow(workbench, caseworker, draft, protocol="https")
tm.flow(caseworker, workbench, approved, protocol="https", id="approve", label="edits and approves")
tm.flow(workbench, draft_store, approved)
tm.flow(workbench, mail, approved, protocol="https")
tm.flow(mail, council_officer, approved, protocol="smtp+starttls")
tm.flow(mail, landlord, approved, protocol="smtp+starttls")
