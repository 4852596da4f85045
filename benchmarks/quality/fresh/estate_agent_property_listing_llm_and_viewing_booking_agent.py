"""Estate agent property listing LLM and viewing booking agent: the first design.

A high-street estate agency. After a valuation the valuer uploads notes and photos
of the property to the agency CRM (a vendor SaaS) from the CRM's mobile app. A
listing writer service sends them to a hosted multimodal LLM and saves the draft
listing in the CRM. A negotiator edits and approves each draft in the listing
review app (Microsoft 365 sign-in with MFA), and only approved listings are pushed
by the portal feed publisher to the property portals over their feed APIs.
Buyers ask for viewings through the agency website form or by enquiring on a
portal, which e-mails the enquiry to the agency's enquiries mailbox. A viewing
booking agent, using the same hosted LLM, reads both, checks the vendor's
availability and the negotiators' diary in the CRM, books the viewing and e-mails
the buyer a confirmation. Vendors keep their availability up to date in the CRM's
vendor portal and are notified of each booked viewing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Estate agent property listing LLM and viewing booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM-written property listings published to portals after negotiator approval, "
        "and an agent that books viewings from website requests and portal enquiries."
    ),
)

# ---------------------------------------------------------------- data assets
valuer_notes = tg.Data(
    "Valuer notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Room sizes, condition, and the vendor's circumstances and asking price.",
)
photos = tg.Data(
    "Property photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Interior and exterior photos taken at the valuation.",
)
listing_prompt = tg.Data("Listing prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft_listing = tg.Data(
    "Draft listing", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("Listing approval", kind="records")
listing = tg.Data(
    "Published listing",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
web_request = tg.Data("Website viewing request", kind="prompt", sensitivity=tg.Sensitivity.PII)
portal_enquiry = tg.Data("Portal enquiry e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data("Booking agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_completion = tg.Data(
    "Booking agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
diary_call = tg.Data("Diary tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
diary_result = tg.Data(
    "Available viewing slots", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
availability = tg.Data(
    "Vendor availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="When the vendor is at home or away; also shows when the house is empty.",
)
viewing = tg.Data(
    "Viewing booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Property, time, buyer name, phone and e-mail, accompanying negotiator.",
)
email_call = tg.Data(
    "Confirmation e-mail request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
confirmation = tg.Data(
    "Viewing confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
web_reply = tg.Data("Website booking reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
property_record = tg.Data(
    "Property record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vendor contact details, valuation, instruction terms.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective buyers, from the website or from a portal.
    buyer = tm.add(tg.Actor("Buyer", role="prospective buyer"))
    # Homeowners selling through the agency; they keep their availability current.
    vendor = tm.add(tg.Actor("Vendor", role="property seller"))

with tm.boundary("Web agency hosting", trust=tg.Trust.PARTNER):
    # The agency's public website with the viewing request form, run by a web agency.
    website = tm.add(
        tg.Endpoint(
            "Agency website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="form fields checked; CAPTCHA on submit")},
        )
    )

with tm.boundary("Property portals", trust=tg.Trust.PARTNER):
    # Rightmove and Zoopla: take our listing feed and e-mail us buyers' enquiries.
    portals = tm.add(tg.ExternalService("Property portals", provides="generic"))

with tm.boundary("Microsoft 365 tenancy", trust=tg.Trust.PARTNER):
    # The shared enquiries mailbox the portals write to and confirmations go from.
    mailbox = tm.add(tg.ExternalService("Enquiries mailbox", provides="generic"))

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The agency CRM: properties, valuation notes, photos, drafts, diary and vendor portal.
    crm = tm.add(
        tg.DataStore(
            "Agency CRM",
            stores={property_record, valuer_notes, photos, draft_listing, availability, viewing},
            controls={
                c.Authentication(method="CRM login with e-mail and password"),
                c.EncryptionAtRest(key_management="CRM vendor managed"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal LLM used for both listing writing and booking conversations.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Turns valuer notes and photos into a draft listing.
    writer = tm.add(tg.Service("Listing writer service"))
    # Where negotiators edit and approve drafts before anything is published.
    review_app = tm.add(
        tg.Endpoint(
            "Listing review app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )
    # Sends approved listings to the portals' feed APIs.
    publisher = tm.add(
        tg.Service(
            "Portal feed publisher",
            controls={c.HumanInTheLoop(approver="the branch negotiator")},
        )
    )
    # Handles viewing requests end to end, without staff approval of each booking.
    booking_agent = tm.add(tg.Agent("Viewing booking agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Reads vendor availability and the negotiators' diary; writes the booking.
    diary_tool = tm.add(tg.Tool("CRM diary tool", capabilities={"read", "write"}))
    # Sends confirmation e-mails from the enquiries mailbox.
    email_tool = tm.add(tg.Tool("Confirmation e-mail tool", capabilities={"send-messages"}))

with tm.boundary("Branch office", trust=tg.Trust.INTERNAL):
    # Values the property and writes the notes the listing is drafted from.
    valuer = tm.add(tg.Actor("Valuer", role="valuer"))
    # Approves listings and accompanies viewings.
    negotiator = tm.add(tg.Actor("Negotiator", role="negotiator"))

# ---------------------------------------------------------------- flows
# Listing writing and publishing
tm.flow(valuer, crm, valuer_notes, photos, protocol="https", label="CRM mobile app upload")
tm.flow(crm, writer, valuer_notes, photos, protocol="https")
tm.flow(writer, llm, listing_prompt, photos, protocol="https")
tm.flow(llm, writer, draft_listing, protocol="https")
tm.flow(writer, crm, draft_listing, protocol="https")
tm.flow(crm, review_app, draft_listing, protocol="https")
tm.flow(review_app, negotiator, draft_listing, protocol="https")
tm.flow(
    negotiator, review_app, draft_listing, approval, protocol="https", label="edits and approves"
)
tm.flow(review_app, publisher, approval, listing)
tm.flow(publisher, portals, listing, photos, protocol="https", label="portal feed API")
tm.flow(publisher, website, listing, photos, protocol="https")
tm.flow(website, buyer, listing, web_reply, protocol="https")
tm.flow(portals, buyer, listing, protocol="https")

# Viewing requests and bookings
tm.flow(buyer, website, web_request, protocol="https")
tm.flow(website, booking_agent, web_request, protocol="https")
tm.flow(booking_agent, website, web_reply, protocol="https")
tm.flow(buyer, portals, portal_enquiry, protocol="https")
tm.flow(portals, mailbox, portal_enquiry, protocol="smtp")
tm.flow(mailbox, booking_agent, portal_enquiry, protocol="https", label="Graph API")
tm.flow(booking_agent, llm, agent_prompt, protocol="https")
tm.flow(llm, booking_agent, agent_completion, protocol="https")
tm.flow(booking_agent, diary_tool, diary_call)
tm.flow(diary_tool, booking_agent, diary_result)
tm.flow(crm, diary_tool, availability, viewing, protocol="https")
tm.flow(diary_tool, crm, viewing, protocol="https")
tm.flow(booking_agent, email_tool, email_call)
tm.flow(email_tool, mailbox, confirmation, protocol="https", label="Graph API")
tm.flow(mailbox, buyer, confirmation, protocol="smtp")

# Vendors and negotiators
tm.flow(vendor, crm, availability, protocol="https", label="CRM vendor portal")
tm.flow(crm, vendor, viewing, protocol="https", label="viewing notification")
tm.flow(crm, negotiator, viewing, property_record, protocol="https", label="diary")
