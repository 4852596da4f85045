"""Pawnshop item valuation assistant: the first design, before any security review.

Counter staff in the chain's UK stores photograph an item a customer brings in to
pawn (jewellery, watches, phones, laptops, power tools) with the store tablet app
and type in what they can see: weight, hallmark, make and any serial number. A
valuation service in our cloud account sends the photos, the staff notes, recent
sale prices of similar items from the head-office pledge history and today's
bullion price to a hosted vision LLM, which identifies the item, reads serial
numbers off the photos and suggests a loan range. The service also checks every
serial number against the police stolen-goods register over its partner API.
The suggestion and the register result are shown on the tablet and attached to
the draft pledge in the pledge management system; staff decide the loan, and a
store manager approves loans above GBP 1,000. Customer identity stays in the
pledge system: the assistant only sees a pledge reference. Staff sign in with
their own Entra ID accounts; API keys sit in the cloud key vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pawnshop item valuation assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Vision-LLM loan valuation suggestions and stolen-goods checks for pawn counters.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Item photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Counter photos of the pledged item; engravings and phone lock screens can show names.",
)
item_notes = tg.Data(
    "Item details entered by staff",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pledge reference, category, weight, carat, make, model and typed serial number.",
)
valuation_prompt = tg.Data(
    "Valuation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the photos, staff notes, comparable sale prices and bullion price.",
)
assessment = tg.Data(
    "LLM item assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Identified item, condition, serial numbers read from the photos, suggested loan range.",
)
comparables = tg.Data(
    "Comparable sale prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="What similar items fetched in our shops and at auction over the last 12 months.",
)
bullion = tg.Data("Bullion prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
serial_query = tg.Data(
    "Serial number check request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Serial number or IMEI, item type and the store's dealer reference.",
)
register_result = tg.Data(
    "Stolen-goods register result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Match or no match, with the crime reference and force when matched.",
)
suggestion = tg.Data(
    "Suggested valuation and check outcome",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
pledge_record = tg.Data(
    "Pledge records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Customer name, address, ID document number, item, loan amount and redemption date.",
)
loan_approval = tg.Data(
    "Manager loan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
valuation_log = tg.Data(
    "Valuation log entries",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each suggestion, the register result, the staff member's ID and the loan they agreed.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Stores", trust=tg.Trust.INTERNAL):
    # Counter staff photograph the item, enter details and agree the loan with the customer.
    staff = tm.add(tg.Actor("Counter staff", role="store staff"))
    # Managers approve larger loans in the pledge system.
    manager = tm.add(tg.Actor("Store manager", role="store manager", privileged=True))
    # Managed Android tablets at each counter running the valuation app (camera + form).
    tablet = tm.add(
        tg.Device(
            "Counter tablet app",
            fleet=True,
            description="MDM-enrolled store tablets; the app uploads photos and notes.",
        )
    )

with tm.boundary("Valuation cloud account", trust=tg.Trust.INTERNAL):
    # The app's only entry point; staff sign in with their own corporate accounts.
    api = tm.add(
        tg.Endpoint(
            "Valuation API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on, each staff member's own account"),
                c.InputValidation(note="JPEG only, at most 6 photos of 8 MB each"),
                c.DataMinimization(note="only the pledge reference, never customer identity"),
            },
        )
    )
    # Builds the prompt, gathers comparables and bullion price, calls the LLM and the register.
    orchestrator = tm.add(
        tg.Service(
            "Valuation orchestrator",
            description="Stateless container service; writes one log entry per valuation.",
            controls={
                c.SecretsManagement(note="LLM and register API keys in the cloud key vault"),
                c.AuditLogging(
                    note="every suggestion and register check goes to the valuation log"
                ),
            },
        )
    )
    # Photos are kept with the pledge as evidence of the item's condition.
    photo_store = tm.add(
        tg.DataStore(
            "Item photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Record of what was suggested and what staff did, for disputes and police enquiries.
    log_store = tm.add(tg.DataStore("Valuation log", stores={valuation_log}))

with tm.boundary("Head office data centre", trust=tg.Trust.INTERNAL):
    # Existing system of record for pledges and customers; the assistant attaches its result.
    pledge_system = tm.add(
        tg.DataStore(
            "Pledge management system",
            stores={pledge_record, suggestion},
            controls={c.RBAC(note="store roles; loan limits per role")},
        )
    )
    # Sale and auction history the valuation compares against.
    price_history = tm.add(tg.DataStore("Sale price history", stores={comparables}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model: identifies the item, reads serials and suggests a loan range.
    llm = tm.add(
        tg.LLM(
            "Vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.HumanInTheLoop(
                    approver="counter staff accept or change the suggestion before any offer"
                ),
                c.SupplierAssessment(
                    note="enterprise terms: no training on our data, 30-day retention"
                ),
            },
        )
    )

with tm.boundary("Police register service", trust=tg.Trust.PARTNER):
    # The national stolen-property register that pawnbrokers check serial numbers against.
    register = tm.add(
        tg.ExternalService(
            "Police stolen-goods register", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Market data provider", trust=tg.Trust.PARTNER):
    # Gold, silver and platinum prices for valuing jewellery by weight.
    bullion_feed = tm.add(
        tg.ExternalService("Bullion price feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

# ---------------------------------------------------------------- flows
tm.flow(staff, tablet, photos, item_notes, label="photographed and typed at the counter")
tm.flow(tablet, api, photos, item_notes, protocol="https")
tm.flow(api, orchestrator, photos, item_notes)
tm.flow(orchestrator, photo_store, photos)

tm.flow(orchestrator, price_history, item_notes, protocol="https", label="comparables query")
tm.flow(price_history, orchestrator, comparables, protocol="https")
tm.flow(bullion_feed, orchestrator, bullion, protocol="https")

tm.flow(orchestrator, llm, valuation_prompt, protocol="https")
tm.flow(llm, orchestrator, assessment, protocol="https")

tm.flow(orchestrator, register, serial_query, protocol="https")
tm.flow(register, orchestrator, register_result, protocol="https")

tm.flow(orchestrator, log_store, valuation_log)
tm.flow(orchestrator, pledge_system, suggestion, protocol="https", label="attach to draft pledge")
tm.flow(orchestrator, api, suggestion)
tm.flow(api, tablet, suggestion, protocol="https")
tm.flow(tablet, staff, suggestion, label="shown on the tablet")

tm.flow(staff, pledge_system, pledge_record, protocol="https", label="create pledge, agree loan")
tm.flow(pledge_system, staff, pledge_record, suggestion, protocol="https")
tm.flow(
    pledge_system,
    manager,
    pledge_record,
    suggestion,
    protocol="https",
    label="loans above GBP 1,000",
)
tm.flow(manager, pledge_system, loan_approval, protocol="https")
