"""Food truck festival pitch agent: the first design, before any security review.

A UK street-food festival takes several hundred trader applications a season.
Traders sign up on an application portal, describe their truck (size, power,
cuisine), give their food business's hygiene rating ID and upload their public
liability insurance certificate. An LLM agent in the festival's cloud account
looks each rating up in the Food Standards Agency's public ratings API, has a
hosted LLM read the insurance certificate (insurer, cover, expiry), records the
check results, and proposes pitches against the site plan, pitch rules and fee
table. The festival manager reviews the proposed plan in an organiser console
before offers go out; the agent then e-mails each accepted trader a payment link
for the pitch fee, and the card payment itself happens on the payment
provider's hosted checkout, whose signed webhook marks the fee paid.
Traders sign in with e-mail and password; staff use Google Workspace with 2SV.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Food truck festival pitch allocation and hygiene rating agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that checks food traders' hygiene ratings and insurance, allocates "
        "festival pitches and sends pitch-fee payment links."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Trader application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Business and contact names, phone, e-mail, cuisine, truck size, power needs, FSA business ID.",
)
certificate = tg.Data(
    "Public liability insurance certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF or photo uploaded by the trader.",
)
portal_status = tg.Data(
    "Application status and pitch offer", kind="records", sensitivity=tg.Sensitivity.PII
)
check_status = tg.Data(
    "Hygiene and insurance check status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
allocation = tg.Data(
    "Proposed pitch allocation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
plan_approval = tg.Data("Pitch plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
site_rules = tg.Data(
    "Site plan, pitch rules and fee table",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pitch sizes and power hook-ups, cuisine mix limits, and the fee per pitch size.",
)
prompt = tg.Data(
    "Allocation and document-reading prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Applications, certificate text and images, ratings found, and the site rules.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
rating_query = tg.Data("Hygiene rating lookup", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
rating = tg.Data("Food hygiene rating", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
allocation_call = tg.Data(
    "Allocation write call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
payment_request = tg.Data(
    "Pitch fee payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Trader, pitch and the fee amount the agent passes.",
)
payment_link = tg.Data(
    "Pitch fee payment link", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
offer_email = tg.Data("Pitch offer e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
card_payment = tg.Data(
    "Card payment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered on the provider's hosted checkout; never reaches the festival.",
)
acceptance = tg.Data("Pitch offer acceptance", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
paid_event = tg.Data(
    "Payment succeeded webhook", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Food truck owners applying for a pitch; anyone can register.
    trader = tm.add(tg.Actor("Food trader", role="applicant"))

with tm.boundary("Public registers", trust=tg.Trust.PARTNER):
    # The FSA's open food hygiene rating data, looked up by business ID.
    fsa = tm.add(
        tg.ExternalService(
            "FSA food hygiene rating register API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Hosted checkout for pitch fees; card details stay with the provider.
    payments = tm.add(tg.ExternalService("Payment provider"))
    # Transactional e-mail for offers and payment links.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads certificates and drafts the allocation; a general hosted model.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Festival cloud account", trust=tg.Trust.INTERNAL):
    # Traders' sign-up, uploads, status and offers.
    portal = tm.add(
        tg.Endpoint(
            "Trader application portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="uploads limited to PDF, JPEG and PNG under 10 MB"),
            },
        )
    )
    # Where the festival team reviews checks and approves the pitch plan.
    console = tm.add(
        tg.Endpoint(
            "Organiser console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in with 2SV")},
        )
    )
    # Works through new applications, runs the checks, proposes and offers pitches.
    agent = tm.add(
        tg.Agent(
            "Pitch allocation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="festival manager",
                    note=(
                        "the manager approves the pitch plan before offers go out; "
                        "payment links are sent automatically once a trader accepts"
                    ),
                ),
                c.AuditLogging(),
            },
        )
    )
    # Looks a business ID up in the FSA register.
    rating_tool = tm.add(
        tg.Tool("Hygiene rating lookup tool", capabilities={"read", "network-egress"})
    )
    # Saves check results and proposed pitches to the applications database.
    allocation_tool = tm.add(tg.Tool("Pitch allocation tool", capabilities={"write"}))
    # Creates a payment link for the amount the agent passes.
    payment_tool = tm.add(
        tg.Tool(
            "Pitch fee payment link tool",
            capabilities={"write", "network-egress"},
            description="Creates a hosted-checkout payment link for the trader and amount in the call.",
        )
    )
    # Sends offers and payment links to traders.
    email_tool = tm.add(tg.Tool("Trader e-mail tool", capabilities={"send-messages"}))
    # The festival's site plan, pitch rules and fees, edited by the team.
    site_store = tm.add(tg.DataStore("Site plan and pitch rules", stores={site_rules}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Applications, check results, allocations and payment state.
        app_db = tm.add(
            tg.DataStore(
                "Trader applications database",
                stores={application, check_status, allocation, acceptance, payment_link},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Uploaded insurance certificates.
        doc_bucket = tm.add(
            tg.DataStore(
                "Insurance document storage",
                stores={certificate},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

with tm.boundary("Festival office", trust=tg.Trust.INTERNAL):
    # Runs trader bookings for the festival and signs off the pitch plan.
    manager = tm.add(tg.Actor("Festival manager", role="festival manager"))

# ---------------------------------------------------------------- flows
tm.flow(trader, portal, application, certificate, acceptance, protocol="https")
tm.flow(portal, trader, portal_status, protocol="https")
tm.flow(portal, app_db, application, acceptance)
tm.flow(portal, doc_bucket, certificate)
tm.flow(app_db, portal, portal_status)

tm.flow(app_db, agent, application, acceptance, label="new applications and acceptances")
tm.flow(doc_bucket, agent, certificate)
tm.flow(site_store, agent, site_rules)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, rating_tool, rating_query)
tm.flow(rating_tool, fsa, rating_query, protocol="https")
tm.flow(fsa, rating_tool, rating, protocol="https")
tm.flow(rating_tool, agent, rating)

tm.flow(agent, allocation_tool, allocation_call, check_status, allocation)
tm.flow(allocation_tool, app_db, check_status, allocation)

tm.flow(app_db, console, application, check_status, allocation)
tm.flow(doc_bucket, console, certificate)
tm.flow(console, manager, application, certificate, check_status, allocation, protocol="https")
tm.flow(manager, console, plan_approval, site_rules, protocol="https")
tm.flow(console, site_store, site_rules)
tm.flow(console, agent, plan_approval)

tm.flow(agent, payment_tool, payment_request)
tm.flow(payment_tool, payments, payment_request, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(agent, email_tool, offer_email, payment_link)
tm.flow(email_tool, mailer, offer_email, payment_link, protocol="https")
tm.flow(mailer, trader, offer_email, payment_link, protocol="smtp")

tm.flow(trader, payments, card_payment, protocol="https")
tm.flow(
    payments,
    portal,
    paid_event,
    protocol="https",
    label="payment webhook",
    controls={
        c.MessageIntegrity(note="provider's webhook signature checked with the signing secret")
    },
)
tm.flow(portal, app_db, paid_event, label="mark fee paid")
