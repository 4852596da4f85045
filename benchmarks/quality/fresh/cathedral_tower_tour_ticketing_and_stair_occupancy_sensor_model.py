"""Cathedral tower tours: timed ticketing and stair occupancy hold model, first design.

An English cathedral runs guided climbs of its tower. Visitors buy timed tickets
on the cathedral's ticketing website and pay on the payment provider's hosted
checkout; bookings are kept in a managed cloud database. In the tower, beam
counters at the foot and head of the spiral stair and at the roof door count
people going up and down, and a rooftop anemometer measures wind; all report
over LoRaWAN to a gateway in the tower, which forwards readings over MQTT/TLS to
an occupancy service in the cloud. A hold model combines the roof count, wind
readings and a weather service's gust forecast with the capacity and wind
thresholds set by the visitor operations manager, and tells the tablet at the
tower door to hold or release the next group; the tower guide scans tickets on
the same tablet and follows its signal. Controls in this design: HTTPS and TLS
links, per-tablet API keys, staff single sign-on with MFA for the manager's
console, and the cloud provider's encryption of the booking database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cathedral tower tour ticketing and stair occupancy",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Timed tower tickets; stair and roof counters and wind drive a hold/release signal.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Ticket booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead visitor's name, e-mail, party size and tour slot.",
)
ticket = tg.Data("Timed ticket QR code", kind="records", sensitivity=tg.Sensitivity.PII)
payment_session = tg.Data(
    "Hosted checkout session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_result = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
count_readings = tg.Data(
    "Stair and roof counter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
wind_readings = tg.Data(
    "Anemometer wind readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gust_forecast = tg.Data("Gust forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
occupancy_features = tg.Data(
    "Roof occupancy and wind features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
thresholds = tg.Data(
    "Capacity and wind thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
hold_signal = tg.Data(
    "Hold or release signal",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ticket_check = tg.Data("Ticket scan and check", kind="records", sensitivity=tg.Sensitivity.PII)
occupancy_dashboard = tg.Data(
    "Live occupancy dashboard", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking a tower climb.
    visitor = tm.add(tg.Actor("Visitor", role="ticket buyer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the cathedral's systems.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Commercial forecast API giving hourly gusts for the cathedral's location.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary(
    "Tower stair and roof",
    trust=tg.Trust.UNTRUSTED,
    description="Public areas of the tower that visitors walk through.",
):
    # Beam counters at the foot and head of the stair and at the roof door.
    counters = tm.add(tg.Device("Stair and roof beam counters", fleet=True))
    # Rooftop anemometer on the tower parapet.
    anemometer = tm.add(tg.Device("Rooftop anemometer", fleet=False))

with tm.boundary("Cathedral site network", trust=tg.Trust.INTERNAL):
    # LoRaWAN gateway in the ringing chamber, forwarding readings to the cloud.
    gateway = tm.add(tg.Service("Tower sensor gateway"))
    # Tablet at the tower door: scans tickets and shows hold or release.
    door_tablet = tm.add(tg.Device("Tower door tablet", fleet=False))
    # Vergers' guide who admits each group up the stair.
    guide = tm.add(tg.Actor("Tower guide", role="staff"))
    # Sets capacity and wind limits and watches the live count.
    ops_manager = tm.add(tg.Actor("Visitor operations manager", role="staff", privileged=True))

with tm.boundary("Cathedral cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public booking site for timed tower tickets.
    ticketing = tm.add(tg.Endpoint("Ticketing website", purpose="api", internet_facing=True))
    # Bookings and issued tickets.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, ticket},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Keeps the running count on the stair and roof, serves the door tablet and console.
    occupancy = tm.add(
        tg.Service(
            "Occupancy service",
            controls={c.Authentication(method="per-tablet API key for the door tablet")},
        )
    )
    # Limits the manager sets for the roof and the wind.
    threshold_store = tm.add(tg.DataStore("Threshold settings", stores={thresholds}))
    # Decides whether the next group is held at the door or released.
    hold_model = tm.add(
        tg.Model(
            "Door hold model",
            task="classifier",
            high_stakes=True,
            description="Gradient-boosted classifier over roof count, wind and forecast gusts.",
        )
    )
    # The manager's web console for thresholds and the live dashboard.
    console = tm.add(
        tg.Endpoint(
            "Operations console",
            purpose="api",
            controls={c.Authentication(method="staff single sign-on with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
# ticketing
tm.flow(visitor, ticketing, booking, protocol="https", label="book a timed slot")
tm.flow(ticketing, payments, payment_session, protocol="https")
tm.flow(visitor, payments, payment_session, protocol="https", label="pay on hosted checkout")
tm.flow(payments, ticketing, payment_result, protocol="https", label="payment webhook")
tm.flow(ticketing, booking_db, booking, ticket)
tm.flow(booking_db, ticketing, booking, ticket)
tm.flow(ticketing, visitor, ticket, protocol="https")

# sensors
tm.flow(counters, gateway, count_readings, protocol="lorawan")
tm.flow(anemometer, gateway, wind_readings, protocol="lorawan")
tm.flow(gateway, occupancy, count_readings, wind_readings, protocol="mqtts")
tm.flow(weather, occupancy, gust_forecast, protocol="https")

# hold decision
tm.flow(threshold_store, occupancy, thresholds)
tm.flow(occupancy, hold_model, occupancy_features, thresholds)
tm.flow(hold_model, occupancy, hold_signal)
tm.flow(occupancy, door_tablet, hold_signal, protocol="https")

# at the door
tm.flow(visitor, door_tablet, ticket, label="QR code scanned in person")
tm.flow(door_tablet, occupancy, ticket_check, protocol="https")
tm.flow(occupancy, booking_db, ticket_check, label="check ticket and mark admitted")
tm.flow(booking_db, occupancy, ticket_check)
tm.flow(door_tablet, guide, hold_signal, label="on the panel")
tm.flow(guide, door_tablet, ticket_check, label="group admitted, on the panel")

# operations
tm.flow(ops_manager, console, thresholds, protocol="https")
tm.flow(console, threshold_store, thresholds)
tm.flow(occupancy, console, occupancy_dashboard)
tm.flow(console, ops_manager, occupancy_dashboard, protocol="https")
