"""Cruise ship muster drill face check: the first design, before any security review.

Every passenger must attend the safety muster drill before sailing. Instead of
scanning cabin cards, muster crew photograph each passenger's face with a crew
handheld at the muster station; the photo goes over the crew Wi-Fi to a muster
check service on the ship's servers, which matches it with a face model against
the templates enrolled from the photo taken at the gangway when the passenger
boarded. The handheld shows the matched name and cabin for the crew to confirm.
Attendance is recorded on board, and a muster dashboard shows the list of
absentees to the officer of the watch on the bridge and to guest services, who
chase them up. All data stays on the ship's servers; when the ship is in port a
sync job copies attendance records and muster photos ashore, over the line's
site-to-site VPN, to the guest data warehouse in the line's data centre.
Controls: crew sign-in on the handheld app and dashboard, dashboard roles,
encrypted template and warehouse storage, templates deleted after the cruise.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cruise ship muster drill face check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Face matching of passengers at muster stations against their boarding photo, "
        "for a European cruise line; absentee lists for the bridge and guest services."
    ),
)

# ---------------------------------------------------------------- data assets
boarding_photo = tg.Data(
    "Boarding photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the passenger's face taken at the gangway at embarkation.",
)
manifest = tg.Data(
    "Passenger manifest with muster assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, cabin, age group and assigned muster station of each passenger.",
)
face_templates = tg.Data(
    "Passenger face templates",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Biometric templates computed from the boarding photos.",
)
muster_photo = tg.Data(
    "Muster station face photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Face photo taken by the crew handheld, with the muster station id.",
)
match_result = tg.Data(
    "Face match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Best-matching passenger, cabin and match score.",
)
confirmation = tg.Data(
    "Crew attendance confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crew member confirms the match, or marks the passenger present by hand.",
)
attendance = tg.Data(
    "Muster attendance records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
absentees = tg.Data(
    "Absentee list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Passenger decks", trust=tg.Trust.UNTRUSTED):
    # The person being checked; they only stand in front of the handheld.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("Ship network", trust=tg.Trust.INTERNAL):
    # Takes the reference photo at embarkation (existing gangway system).
    gangway_camera = tm.add(
        tg.Device("Gangway boarding camera", description="Fixed cameras at the gangway.")
    )
    # Crew who run each muster station and confirm the matches.
    muster_crew = tm.add(tg.Actor("Muster station crew", role="crew"))
    # Photographs faces and shows the match; shared crew devices on the crew Wi-Fi.
    handheld = tm.add(
        tg.Device(
            "Crew muster handheld",
            description="Rugged Android handhelds with the muster app, on the crew Wi-Fi.",
        )
    )
    # Shows who is missing, per muster station, while the drill is running.
    dashboard = tm.add(
        tg.Service(
            "Muster dashboard",
            description="Web app on the ship's servers listing absentees by station.",
            controls={
                c.Authentication(method="ship Active Directory username and password"),
                c.RBAC(),
            },
        )
    )
    # Officer of the watch, who must know the drill is complete before sailing.
    bridge_officer = tm.add(tg.Actor("Bridge officer of the watch", role="deck officer"))
    # Guest services staff phone or visit the cabins of absentees.
    guest_services = tm.add(tg.Actor("Guest services agent", role="guest services"))

    with tm.boundary("Ship server room", trust=tg.Trust.RESTRICTED):
        # The ship's property management system: holds the manifest and boarding photos.
        pms = tm.add(
            tg.Service(
                "Shipboard property management system",
                description="Existing hotel system: bookings, cabins, muster assignments.",
            )
        )
        # Enrols templates at embarkation and answers the handhelds during the drill.
        muster_service = tm.add(
            tg.Endpoint(
                "Muster check service",
                purpose=tg.EndpointPurpose.API,
                description="Receives muster photos, runs the matcher, records attendance.",
                controls={c.Authentication(method="crew ID badge tap and PIN in the muster app")},
            )
        )
        # Turns faces into templates and compares them (1:N within one muster station).
        face_model = tm.add(
            tg.Model(
                "Face matching model",
                task=tg.Task.VERIFICATION,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description=(
                    "Open-weights face-embedding network run on the ship's GPU server; "
                    "a score above the threshold marks the passenger present."
                ),
            )
        )
        # Biometric templates of everyone on board for this cruise.
        template_store = tm.add(
            tg.DataStore(
                "Face template store",
                stores={face_templates},
                controls={
                    c.EncryptionAtRest(key_management="ship server disk encryption"),
                    c.RetentionLimits(note="templates deleted when the cruise ends"),
                },
            )
        )
        # Who was seen at which station and when, with the muster photos as evidence.
        attendance_store = tm.add(
            tg.DataStore("Muster attendance database", stores={attendance, muster_photo})
        )
        # Copies the cruise's muster data ashore whenever the ship has port connectivity.
        sync_job = tm.add(
            tg.Service(
                "Shore sync job",
                description="Runs when the ship is alongside and the port link is up.",
            )
        )

with tm.boundary("Line data centre", trust=tg.Trust.INTERNAL):
    # Shoreside copy for compliance reporting and disputes.
    warehouse = tm.add(
        tg.DataStore(
            "Guest data warehouse",
            stores={attendance, muster_photo},
            controls={c.EncryptionAtRest(key_management="data centre KMS"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Embarkation: the reference photo and the enrolment of templates.
tm.flow(passenger, gangway_camera, boarding_photo, label="photographed in person at the gangway")
tm.flow(gangway_camera, pms, boarding_photo, protocol="https")
tm.flow(pms, muster_service, boarding_photo, manifest, protocol="https", label="enrolment")
tm.flow(muster_service, face_model, boarding_photo, label="compute template")
tm.flow(face_model, muster_service, face_templates)
tm.flow(muster_service, template_store, face_templates)

# The drill: photo at the muster station, match, confirmation.
tm.flow(passenger, handheld, muster_photo, label="photographed in person at the muster station")
tm.flow(handheld, muster_service, muster_photo, protocol="https")
tm.flow(template_store, muster_service, face_templates, label="station's candidates")
tm.flow(muster_service, face_model, muster_photo, face_templates)
tm.flow(face_model, muster_service, match_result)
tm.flow(muster_service, handheld, match_result, protocol="https")
tm.flow(handheld, muster_crew, match_result, label="on the handheld screen")
tm.flow(muster_crew, handheld, confirmation, label="tap to confirm or mark present by hand")
tm.flow(handheld, muster_service, confirmation, protocol="https")
tm.flow(muster_service, attendance_store, attendance, muster_photo)

# Absentees to the bridge and guest services.
tm.flow(attendance_store, dashboard, attendance)
tm.flow(pms, dashboard, manifest, protocol="https", label="cabin and contact details")
tm.flow(dashboard, bridge_officer, absentees, protocol="https")
tm.flow(dashboard, guest_services, absentees, protocol="https")
tm.flow(guest_services, dashboard, confirmation, protocol="https", label="absentee found")
tm.flow(dashboard, attendance_store, confirmation)

# Ashore when in port.
tm.flow(attendance_store, sync_job, attendance, muster_photo)
tm.flow(
    sync_job,
    warehouse,
    attendance,
    muster_photo,
    protocol="ipsec",
    label="site-to-site VPN when in port",
)
