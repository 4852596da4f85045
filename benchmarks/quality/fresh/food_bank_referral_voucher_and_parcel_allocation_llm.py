"""Food bank referral, e-voucher and parcel allocation with an LLM: the first design.

A charity food bank takes referrals only from partner agencies: GP surgeries,
schools and council housing officers. Their frontline workers sign in to a web
partner portal and issue an e-voucher for a household, with a free-text referral
note about its circumstances. A referral service stores the referral and sends the
note to a hosted LLM, which suggests a parcel type (single, family, no-cook) and
dietary needs (allergies, halal, diabetic) against the current stock list. A
volunteer coordinator confirms or changes each suggestion in a coordinator
console; the voucher code then goes to the client by SMS. Clients collect at one
of three distribution centres, where volunteers look up the code on a tablet and
hand over the parcel. Controls: partner workers and coordinators have their own
e-mail and password logins, each centre tablet one shared centre login; HTTPS,
encryption at rest, and no parcel is allocated until a coordinator confirms it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Food bank referral, voucher and parcel allocation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Partner agencies issue e-vouchers; an LLM suggests parcel type and dietary "
        "needs, a coordinator confirms, clients collect at three centres."
    ),
)

# ---------------------------------------------------------------- data assets
referral = tg.Data(
    "Referral and referral note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description=(
        "Client name, address, phone, household make-up and a free-text note on "
        "circumstances, health conditions and allergies."
    ),
)
voucher = tg.Data(
    "E-voucher",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Voucher code, client name, referring agency and validity dates.",
)
voucher_status = tg.Data("Voucher status", kind="records", sensitivity=tg.Sensitivity.PII)
allocation_prompt = tg.Data(
    "Parcel allocation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The referral note, household size and parcel types in stock.",
)
suggestion = tg.Data(
    "Suggested parcel type and dietary needs",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
allocation = tg.Data(
    "Confirmed parcel allocation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
stock = tg.Data("Parcel stock levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
voucher_sms = tg.Data(
    "Voucher SMS",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Voucher code and the centre's opening times.",
)
collection = tg.Data("Parcel collection record", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Referral partner agencies", trust=tg.Trust.PARTNER):
    # Frontline workers at GP surgeries, schools and housing offices who refer households.
    partner_worker = tm.add(tg.Actor("Referral partner worker", role="referrer"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person or household being referred.
    client = tm.add(tg.Actor("Client", role="food bank client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted language model that reads the referral note.
    llm = tm.add(
        tg.LLM(
            "Parcel suggestion LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Suggests parcel type and dietary needs from the referral note.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that texts voucher codes to clients.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Food bank cloud", trust=tg.Trust.INTERNAL):
    # The web portal partner agencies use to issue and track e-vouchers.
    portal = tm.add(
        tg.Endpoint(
            "Partner portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="each partner worker's own e-mail and password")},
        )
    )
    # Core application: stores referrals, asks the LLM, issues and redeems vouchers.
    referral_service = tm.add(
        tg.Service(
            "Referral and voucher service",
            controls={c.HumanInTheLoop(approver="volunteer coordinator")},
        )
    )
    # The food bank's database of referrals, vouchers, allocations and collections.
    database = tm.add(
        tg.DataStore(
            "Referral database",
            stores={referral, voucher, suggestion, allocation, collection},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Which parcel types and dietary variants the warehouse can make up this week.
    stock_list = tm.add(tg.DataStore("Parcel stock list", stores={stock}))
    # Where coordinators review the LLM's suggestion and confirm the allocation.
    console = tm.add(
        tg.Endpoint(
            "Coordinator console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="each coordinator's own e-mail and password"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Food bank office", trust=tg.Trust.INTERNAL):
    # Volunteer who confirms parcel allocations and keeps the stock list current.
    coordinator = tm.add(tg.Actor("Volunteer coordinator", role="coordinator"))

with tm.boundary("Distribution centres", trust=tg.Trust.INTERNAL):
    # Volunteers at the three centres who hand out parcels.
    centre_volunteer = tm.add(tg.Actor("Centre volunteer", role="distribution volunteer"))
    # One tablet per centre for looking up vouchers at collection.
    tablet = tm.add(
        tg.Device(
            "Centre tablet",
            controls={
                c.Authentication(method="one centre login shared by the session's volunteers")
            },
        )
    )

# ---------------------------------------------------------------- flows
# Referral in
tm.flow(partner_worker, portal, referral, protocol="https")
tm.flow(portal, referral_service, referral)
tm.flow(referral_service, database, referral, voucher)
tm.flow(referral_service, portal, voucher_status)
tm.flow(portal, partner_worker, voucher, voucher_status, protocol="https")

# LLM suggestion
tm.flow(stock_list, referral_service, stock)
tm.flow(referral_service, llm, allocation_prompt, protocol="https")
tm.flow(llm, referral_service, suggestion, protocol="https")
tm.flow(referral_service, database, suggestion)

# Coordinator confirmation
tm.flow(database, console, referral, suggestion)
tm.flow(console, coordinator, referral, suggestion, protocol="https")
tm.flow(coordinator, console, allocation, protocol="https")
tm.flow(coordinator, console, stock, protocol="https", label="stock update")
tm.flow(console, stock_list, stock)
tm.flow(console, referral_service, allocation)
tm.flow(referral_service, database, allocation)

# Voucher to the client
tm.flow(referral_service, sms, voucher_sms, protocol="https")
tm.flow(sms, client, voucher_sms, protocol="sms")

# Collection at a centre
tm.flow(client, centre_volunteer, voucher_sms, label="code shown in person")
tm.flow(centre_volunteer, tablet, voucher, label="code typed in")
tm.flow(tablet, referral_service, voucher, protocol="https", label="voucher lookup")
tm.flow(referral_service, tablet, allocation, protocol="https")
tm.flow(tablet, centre_volunteer, allocation)
tm.flow(tablet, referral_service, collection, protocol="https", label="parcel handed over")
tm.flow(referral_service, database, collection)
