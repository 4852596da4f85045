"""Stair lift installer: home survey photos and LLM-drafted quotes, first design.

A stair lift supplier and installer sends surveyors to customers' homes. The
surveyor photographs the staircase and records measurements and the user's
mobility needs in a tablet app, which uploads them to our survey API; customers
who want a remote estimate can upload their own stair photos on a web portal.
A quote drafting service puts the photos, the survey notes and our price list
in front of a vendor-hosted vision LLM, which proposes the rail type, length and
bends, the lift model and options, and a priced draft quote. A sales estimator
checks every draft in the back-office console and sends the approved quote for
e-signature; once signed, curved rails are ordered from the rail manufacturer.
Everything runs in our cloud account; surveyors sign in to the app and staff to
the console with company SSO, customers with an e-mailed link, photos are
encrypted at rest and the CRM uses roles.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stair lift installer home survey photo and quote LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Vision LLM drafts stair lift quotes from home survey photos and "
    "measurements; estimators approve every quote.",
)

# ---------------------------------------------------------------- data assets
survey_photos = tg.Data(
    "Staircase survey photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos inside the customer's home: stairs, landings, doorways.",
)
customer_photos = tg.Data(
    "Customer-uploaded stair photos", kind="media", sensitivity=tg.Sensitivity.PII
)
survey_notes = tg.Data(
    "Survey measurements and mobility needs",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Stair dimensions, obstacles, power points, user's weight, condition "
    "and seating side.",
)
appointments = tg.Data(
    "Survey appointment list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer names, addresses, phone numbers and access notes.",
)
contact_details = tg.Data(
    "Customer contact details", kind="records", sensitivity=tg.Sensitivity.PII
)
price_list = tg.Data(
    "Stair lift price list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data("Quote drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
draft_quote = tg.Data(
    "Draft quote and rail specification", kind="model-output", sensitivity=tg.Sensitivity.PII
)
approved_quote = tg.Data("Approved quote", kind="documents", sensitivity=tg.Sensitivity.PII)
signed_acceptance = tg.Data(
    "Signed quote acceptance", kind="documents", sensitivity=tg.Sensitivity.PII
)
rail_order = tg.Data(
    "Curved rail fabrication order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rail geometry from the survey and the delivery address.",
)
order_confirmation = tg.Data("Rail order confirmation", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Often an older person or a relative arranging the lift for them.
    customer = tm.add(tg.Actor("Customer or family member", role="customer"))

with tm.boundary(
    "Field", trust=tg.Trust.UNTRUSTED, description="Customers' homes, mobile networks"
):
    # Employed surveyors who visit homes.
    surveyor = tm.add(tg.Actor("Home surveyor", role="surveyor"))
    # Company tablets running the survey app: camera, measurements, appointment list.
    tablet = tm.add(tg.Device("Surveyor tablet app", fleet=True))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Receives survey uploads from the tablets and hands out appointment lists.
    survey_api = tm.add(
        tg.Endpoint(
            "Survey upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="company SSO (OAuth) in the tablet app"),
                c.InputValidation(note="JPEG/HEIC only, 20 MB per photo"),
            },
        )
    )
    # Customers upload stair photos for a remote estimate and see their quote.
    portal = tm.add(
        tg.Endpoint(
            "Customer photo upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="magic link e-mailed to the customer")},
        )
    )
    # Object storage for all survey and customer photos.
    photo_store = tm.add(
        tg.DataStore(
            "Survey photo store",
            stores={survey_photos, customer_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Customer, survey and quote records.
    crm = tm.add(
        tg.DataStore(
            "CRM",
            stores={contact_details, appointments, survey_notes, approved_quote, signed_acceptance},
            controls={c.RBAC()},
        )
    )
    # Current list prices for lifts, rails, options and installation.
    prices = tm.add(tg.DataStore("Price list", stores={price_list}))
    # Builds the prompt from photos, notes and prices, and calls the LLM.
    quote_service = tm.add(
        tg.Service(
            "Quote drafting service",
            controls={
                c.HumanInTheLoop(approver="sales estimator", note="every quote before it is sent")
            },
        )
    )
    # Where estimators review, correct and approve drafts, and place rail orders.
    console = tm.add(
        tg.Endpoint(
            "Back-office quoting console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Checks each draft against the photos and the price list.
    estimator = tm.add(tg.Actor("Sales estimator", role="estimator"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Vision-capable chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted vision LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-signature provider", trust=tg.Trust.PARTNER):
    # Sends the quote to the customer and collects the signature.
    esign = tm.add(tg.ExternalService("E-signature service"))

with tm.boundary("Rail manufacturer", trust=tg.Trust.PARTNER):
    # Bends curved rails to the surveyed geometry.
    manufacturer = tm.add(tg.ExternalService("Rail manufacturer ordering portal"))

# ---------------------------------------------------------------- flows
tm.flow(surveyor, tablet, survey_photos, survey_notes, label="captured on site")
tm.flow(tablet, surveyor, appointments, label="day's appointments")
tm.flow(tablet, survey_api, survey_photos, survey_notes, protocol="https")
tm.flow(survey_api, tablet, appointments, protocol="https")
tm.flow(survey_api, photo_store, survey_photos)
tm.flow(survey_api, crm, survey_notes)
tm.flow(crm, survey_api, appointments)

tm.flow(customer, portal, customer_photos, contact_details, protocol="https")
tm.flow(portal, customer, approved_quote, protocol="https")
tm.flow(portal, photo_store, customer_photos)
tm.flow(portal, crm, contact_details)
tm.flow(crm, portal, approved_quote)

tm.flow(photo_store, quote_service, survey_photos, customer_photos)
tm.flow(crm, quote_service, survey_notes, contact_details)
tm.flow(prices, quote_service, price_list)
tm.flow(quote_service, llm, prompt, survey_photos, customer_photos, protocol="https")
tm.flow(llm, quote_service, draft_quote, protocol="https")
tm.flow(quote_service, console, draft_quote)

tm.flow(console, estimator, draft_quote, survey_photos, protocol="https")
tm.flow(estimator, console, approved_quote, rail_order, protocol="https")
tm.flow(console, crm, approved_quote)
tm.flow(console, esign, approved_quote, protocol="https")
tm.flow(esign, customer, approved_quote, protocol="https", label="signing link by e-mail")
tm.flow(customer, esign, signed_acceptance, protocol="https")
tm.flow(esign, crm, signed_acceptance, protocol="https", label="completion webhook")
tm.flow(console, manufacturer, rail_order, protocol="https")
tm.flow(manufacturer, console, order_confirmation, protocol="https")
