"""Delivery address correction: the courier's first design, before security review.

Shippers (online shops and marketplaces) send parcel manifests to our shipment API.
Before routing, the address correction service checks each delivery address against our
copy of the postal address file; addresses that do not match are sent, with the nearest
candidate matches and any delivery notes, to a hosted LLM that proposes a corrected,
structured address, which a geocoding provider then turns into coordinates. Fixes that
only change formatting are applied straight away; any other change is sent to the
recipient by SMS or e-mail with a tracking-page link to confirm or edit it, and
addresses still unconfirmed at the cut-off go to the exceptions desk. Confirmed
addresses feed the routing engine, whose stops reach drivers' phones. Controls: per-shipper
API keys, manifest schema checks and quotas, strict parsing of the LLM reply, the LLM key in a
secrets manager, encrypted shipment data, and staff SSO and roles on the exceptions console.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Delivery address correction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-assisted correction and geocoding of delivery addresses before routing, "
    "confirmed by recipients.",
)

# ---------------------------------------------------------------- data assets
manifest = tg.Data(
    "Parcel manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per parcel: recipient name, address, phone, e-mail, delivery notes, weight.",
)
manifest_ack = tg.Data(
    "Tracking numbers and status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
shipments = tg.Data(
    "Shipment records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
address_file = tg.Data(
    "Postal address file extract",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed list of delivery points, refreshed monthly.",
)
candidates = tg.Data(
    "Candidate address matches", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Address correction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The raw address lines, delivery notes and candidate matches.",
)
proposal = tg.Data(
    "Proposed corrected address",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Structured address JSON with the fields changed.",
)
geocode_query = tg.Data("Geocode query", kind="records", sensitivity=tg.Sensitivity.PII)
geocode_result = tg.Data("Geocoded location", kind="records", sensitivity=tg.Sensitivity.PII)
confirmation_message = tg.Data(
    "Address confirmation message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The proposed address and a link to the tracking page.",
)
recipient_answer = tg.Data(
    "Recipient address confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accept, or an edited address typed by whoever opens the link.",
)
confirmed_address = tg.Data(
    "Confirmed delivery address",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
route_plan = tg.Data("Route plan", kind="records", sensitivity=tg.Sensitivity.PII)
delivery_events = tg.Data(
    "Delivery events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Scans, proof-of-delivery photos and 'address not found' reports.",
)
exception_case = tg.Data("Address exception case", kind="records", sensitivity=tg.Sensitivity.PII)
exception_fix = tg.Data(
    "Exceptions desk address fix", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shipper systems", trust=tg.Trust.PARTNER):
    # Shops' and marketplaces' order systems pushing manifests to us.
    shipper = tm.add(tg.Actor("Shipper integration", role="shipper", human=False))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The parcel's recipient, reached by SMS or e-mail.
    recipient = tm.add(tg.Actor("Recipient", role="parcel recipient"))
    # Drivers are self-employed and use the courier app on their own phones.
    driver_phone = tm.add(
        tg.Device("Driver app on driver's phone", description="Stops, navigation, scans.")
    )

with tm.boundary("Courier cloud", trust=tg.Trust.INTERNAL):
    # Inbound manifests from shippers.
    shipment_api = tm.add(
        tg.Endpoint(
            "Shipment API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-shipper API key"),
                tg.controls.InputValidation(note="manifest JSON schema"),
                tg.controls.RateLimiting(requests_per_minute=600),
            },
        )
    )
    # System of record for parcels, addresses and their corrections.
    shipment_db = tm.add(
        tg.DataStore(
            "Shipment database",
            stores={shipments, confirmed_address, delivery_events},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS"), tg.controls.RBAC()},
        )
    )
    # Our copy of the postal address file, used for matching.
    address_ref = tm.add(tg.DataStore("Postal address reference", stores={address_file}))
    # Matches, asks the LLM, geocodes, and decides whether the recipient must confirm.
    corrector = tm.add(
        tg.Service(
            "Address correction service",
            description="Runs on each new or changed shipment whose address does not match "
            "the postal address file.",
            controls={
                tg.controls.OutputFiltering(
                    note="the LLM reply must parse as the structured address JSON, "
                    "otherwise the original address is kept"
                ),
                tg.controls.SecretsManagement(note="LLM API key in the cloud secrets manager"),
                tg.controls.HumanInTheLoop(
                    approver="the recipient, through the tracking-page link",
                    note="formatting-only fixes are applied automatically",
                ),
            },
        )
    )
    # Public page the confirmation link opens; shows and edits the delivery address.
    tracking_page = tm.add(
        tg.Endpoint(
            "Recipient tracking page",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="unguessable per-parcel link token")},
        )
    )
    # Plans each driver's stops from the confirmed, geocoded addresses.
    router = tm.add(tg.Service("Routing engine", description="Builds the next day's routes."))
    # Backend the driver app talks to.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="driver number and password")},
        )
    )
    # Staff console for corrections that recipients reject or never confirm.
    ops_console = tm.add(
        tg.Endpoint(
            "Address exceptions console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Google Workspace SSO with 2SV"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Customer operations staff who fix addresses by hand.
    ops_agent = tm.add(tg.Actor("Exceptions desk agent", role="customer operations"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model, called per address.
    llm = tm.add(
        tg.LLM(
            "Hosted address LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model prompted to return a structured address.",
        )
    )

with tm.boundary("Location and messaging providers", trust=tg.Trust.PARTNER):
    # Commercial geocoding API.
    geocoder = tm.add(
        tg.ExternalService("Geocoding API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Sends the confirmation SMS and e-mails.
    notifier = tm.add(tg.ExternalService("SMS and e-mail gateway"))

# ---------------------------------------------------------------- flows
# Manifests in
tm.flow(shipper, shipment_api, manifest, protocol="https")
tm.flow(shipment_api, shipper, manifest_ack, protocol="https")
tm.flow(shipment_api, shipment_db, shipments)

# Correction
tm.flow(shipment_db, corrector, shipments, label="unmatched addresses")
tm.flow(address_ref, corrector, candidates)
tm.flow(corrector, llm, prompt, protocol="https")
tm.flow(llm, corrector, proposal, protocol="https")
tm.flow(corrector, geocoder, geocode_query, protocol="https")
tm.flow(geocoder, corrector, geocode_result, protocol="https")
tm.flow(corrector, shipment_db, confirmed_address, label="corrected address and status")

# Recipient confirmation
tm.flow(corrector, notifier, confirmation_message, protocol="https")
tm.flow(notifier, recipient, confirmation_message, protocol="sms")
tm.flow(recipient, tracking_page, recipient_answer, protocol="https")
tm.flow(
    tracking_page, recipient, confirmation_message, protocol="https", label="shows proposed address"
)
tm.flow(tracking_page, corrector, recipient_answer)

# Exceptions desk
tm.flow(corrector, ops_console, exception_case, label="rejected or unconfirmed at cut-off")
tm.flow(ops_console, ops_agent, exception_case, protocol="https")
tm.flow(ops_agent, ops_console, exception_fix, protocol="https")
tm.flow(ops_console, shipment_db, exception_fix)

# Routing and delivery
tm.flow(shipment_db, router, confirmed_address, label="nightly route build")
tm.flow(router, driver_api, route_plan)
tm.flow(driver_api, driver_phone, route_plan, protocol="https")
tm.flow(driver_phone, driver_api, delivery_events, protocol="https")
tm.flow(driver_api, shipment_db, delivery_events)
