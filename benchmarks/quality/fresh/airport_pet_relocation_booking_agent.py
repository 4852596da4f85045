"""Pet relocation booking agent: the first design, before any security review.

A pet relocation company based near Schiphol moves cats and dogs abroad for
private owners. Owners fill in a relocation request on the customer portal
(pet details, measurements, route, dates) and upload the pet's vet health
certificate and rabies records. Relocation coordinators give a case to an LLM
booking agent from the operations console; the agent reads the case and the
certificates, checks the airline's live-animal rules (breed bans, temperature
embargoes, documents required) from our rules library, works out the IATA crate
size from the pet's measurements, and proposes a booking. A coordinator approves
each booking before the agent's booking tool submits it to the airline's cargo
booking API; the owner is then told by e-mail. Everything runs in the company's
cloud account; the LLM is a vendor's hosted API. Owners sign in with e-mail and
password, staff with company SSO and MFA; airline credentials sit in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet relocation booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that books pets onto flights after checking airline rules, "
    "vet certificates and crate sizes, with coordinator approval of each booking.",
)

# ---------------------------------------------------------------- data assets
relocation_request = tg.Data(
    "Relocation request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, contact details, addresses, pet species, breed, age, "
    "weight and measurements, route and travel dates.",
)
vet_certificates = tg.Data(
    "Vet health certificates",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Uploaded PDFs and photos: health certificate, rabies vaccination, "
    "titre test and microchip record, signed by the owner's vet.",
)
case_record = tg.Data(
    "Relocation case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The request plus certificate check status, crate size and booking status.",
)
case_status = tg.Data("Case status update", kind="records", sensitivity=tg.Sensitivity.PII)
coordinator_task = tg.Data(
    "Coordinator instructions", kind="prompt", sensitivity=tg.Sensitivity.PII
)
booking_proposal = tg.Data("Proposed booking", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_approval = tg.Data("Booking approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, case details, certificate text and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
airline_rules = tg.Data(
    "Airline live-animal rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-airline pet policies: banned breeds, embargo periods, crate rules, "
    "required documents, kept up to date by the coordinators.",
)
rules_query = tg.Data("Rules lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
rules_result = tg.Data(
    "Applicable airline rules", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
pet_measurements = tg.Data(
    "Pet measurements", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
crate_spec = tg.Data("Crate size result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking_request = tg.Data(
    "Flight booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Flight, pet, crate dimensions, shipper and consignee names.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
airline_api_key = tg.Data(
    "Airline cargo API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
owner_notification = tg.Data(
    "Owner notification e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Private pet owners who book a relocation; anyone can open an account.
    owner = tm.add(tg.Actor("Pet owner", role="customer"))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Staff who hand cases to the agent, approve bookings and maintain airline rules.
    coordinator = tm.add(tg.Actor("Relocation coordinator", role="relocation staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling.",
        )
    )

with tm.boundary("Airline cargo systems", trust=tg.Trust.PARTNER):
    # Where bookings for live animals in the hold or cabin are actually made.
    airline_api = tm.add(
        tg.ExternalService(
            "Airline cargo booking API",
            description="Partner airlines' live-animal (AVI) booking interface.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers updates to owners.
    mail_service = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Public web front end where owners submit requests and upload certificates.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload type and size checks on certificates"),
            },
        )
    )
    # Staff web app for assigning cases to the agent and approving its proposals.
    console = tm.add(
        tg.Endpoint(
            "Operations console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )
    # The LLM agent that works a case end to end up to the booking proposal.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads the case and certificates, checks airline rules and crate "
            "size, proposes a flight and books it once a coordinator approves.",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Tool that looks up the airline rules that apply to this pet, route and date.
    rules_tool = tm.add(tg.Tool("Airline rules lookup", capabilities={"read"}))
    # Deterministic calculator for the IATA crate size from the pet's measurements.
    crate_tool = tm.add(tg.Tool("Crate size calculator", capabilities={"read"}))
    # Tool that submits the approved booking to the airline.
    booking_tool = tm.add(
        tg.Tool(
            "Flight booking tool",
            capabilities={"write", "network-egress"},
            controls={
                c.HumanInTheLoop(approver="relocation coordinator"),
                c.SecretsManagement(note="airline API keys in the cloud vault"),
            },
        )
    )
    # Tool the agent uses to e-mail owners about their case.
    email_tool = tm.add(tg.Tool("Owner e-mail tool", capabilities={"send-messages"}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # System of record for each relocation case.
        case_db = tm.add(
            tg.DataStore(
                "Case database",
                stores={case_record},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Object storage for uploaded certificates and pet photos.
        doc_store = tm.add(
            tg.DataStore(
                "Certificate document store",
                stores={vet_certificates},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Curated airline pet policies the agent checks against.
        rules_library = tm.add(tg.DataStore("Airline rules library", stores={airline_rules}))

# ---------------------------------------------------------------- flows
# owners
tm.flow(owner, portal, relocation_request, vet_certificates, protocol="https")
tm.flow(portal, owner, case_status, protocol="https")
tm.flow(portal, case_db, relocation_request)
tm.flow(case_db, portal, case_status)
tm.flow(portal, doc_store, vet_certificates)

# coordinators
tm.flow(coordinator, console, coordinator_task, booking_approval, protocol="https")
tm.flow(console, coordinator, booking_proposal, protocol="https")
tm.flow(console, agent, coordinator_task, booking_approval)
tm.flow(agent, console, booking_proposal)
tm.flow(coordinator, rules_library, airline_rules, label="maintains airline policies")

# the agent's context
tm.flow(case_db, agent, case_record)
tm.flow(agent, case_db, case_status, label="certificate check and booking status")
tm.flow(doc_store, agent, vet_certificates)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# tools
tm.flow(agent, rules_tool, rules_query)
tm.flow(rules_library, rules_tool, airline_rules)
tm.flow(rules_tool, agent, rules_result)
tm.flow(agent, crate_tool, pet_measurements)
tm.flow(crate_tool, agent, crate_spec)
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_confirmation)
tm.flow(booking_tool, airline_api, booking_request, airline_api_key, protocol="https")
tm.flow(airline_api, booking_tool, booking_confirmation, protocol="https")
tm.flow(agent, email_tool, owner_notification)
tm.flow(email_tool, mail_service, owner_notification, protocol="https")
tm.flow(mail_service, owner, owner_notification, protocol="smtp")
