"""Bell foundry: order portal and model-assisted bell tuning (first design).

Churches (a churchwarden or diocesan bell adviser) order new or recast bells through
the foundry's web portal, giving the tower, notes, weights, inscriptions and contact
details; office staff turn each request into a quote and an order. The portal and its
database run in a hosted cloud account; confirmations go out through a mail provider.
In the tuning shop, a measurement microphone records each cast bell's strike; the
tuning workstation extracts the partial frequencies and asks an in-house tuning
model how much metal to remove at which height inside the bell to bring the partials
to the target note. The master tuner reviews and confirms each proposed cut on the
workstation before it is sent to the tuning lathe's CNC controller. Every strike,
proposal and confirmed cut is kept in the tuning records, from which the model is
retrained each quarter and stored in a model file share on the office server.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bell foundry tuning and order portal",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Web portal for church bell orders, and a tuning model that proposes lathe cuts "
        "which the master tuner confirms."
    ),
)

# ---------------------------------------------------------------- data assets
church_contacts = tg.Data(
    "Church contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses and phone numbers of churchwardens and advisers.",
)
bell_order = tg.Data(
    "Bell order specification",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tower, notes, weights, inscriptions, recast or new, delivery date.",
)
quote = tg.Data("Quote and order status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
portal_login = tg.Data(
    "Portal sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
confirmation_mail = tg.Data(
    "Order confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
tuning_target = tg.Data(
    "Bell tuning target",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Target note, temperament and partial ratios for each bell in the order.",
)
strike_recording = tg.Data(
    "Bell strike recording", kind="media", sensitivity=tg.Sensitivity.INTERNAL
)
partials = tg.Data(
    "Partial frequency analysis", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
proposed_cut = tg.Data(
    "Proposed cut",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Metal to remove, in millimetres, at each height inside the bell.",
)
cut_program = tg.Data(
    "Confirmed cut program",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lathe_status = tg.Data(
    "Lathe position and cut log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
tuning_records = tg.Data(
    "Tuning records",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Decades of strike analyses and cuts: the foundry's tuning know-how.",
)
tuning_model_file = tg.Data(
    "Tuning model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Churchwardens and bell advisers ordering bells for their tower.
    church = tm.add(tg.Actor("Church customer", role="churchwarden or bell adviser"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Hosted transactional e-mail service for order confirmations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Foundry cloud account", trust=tg.Trust.INTERNAL):
    # Public ordering site; churches sign up, staff use its admin pages.
    portal = tm.add(
        tg.Service(
            "Bell order portal",
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="church accounts: e-mail and password; staff: Microsoft 365 SSO with MFA"
                ),
                tg.controls.InputValidation(),
            },
        )
    )
    # Managed database holding accounts, orders and quotes.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={church_contacts, bell_order, quote, portal_login},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Foundry office network", trust=tg.Trust.INTERNAL):
    # Office staff who quote, take orders and pass tuning targets to the shop.
    office = tm.add(tg.Actor("Foundry office staff", role="sales and order administration"))
    # Quarterly retraining run by the foundry's engineer on the office server.
    retraining = tm.add(tg.Pipeline("Quarterly tuning model retraining", stage=tg.Stage.TRAINING))
    # Shared folder on the office server where model versions are kept.
    model_share = tm.add(
        tg.ModelRegistry(
            "Model file share",
            stores={tuning_model_file},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Tuning shop", trust=tg.Trust.INTERNAL):
    # The master tuner, who decides every cut.
    tuner = tm.add(tg.Actor("Master tuner", role="master tuner", privileged=True))
    # Measurement microphone beside the lathe, recording each bell's strike.
    microphone = tm.add(tg.Device("Strike microphone", fleet=False))
    # Workstation that analyses the strike, asks the model and shows the proposed cut.
    workstation = tm.add(
        tg.Service(
            "Tuning workstation",
            controls={tg.controls.HumanInTheLoop(approver="master tuner confirms each cut")},
        )
    )
    # In-house regression model proposing metal removal by height.
    tuning_model = tm.add(
        tg.Model(
            "Bell tuning model",
            task=tg.Task.REGRESSOR,
            description="Predicts metal to remove at each height to reach the target partials.",
        )
    )
    # CNC controller of the vertical tuning lathe.
    lathe = tm.add(
        tg.Service(
            "Tuning lathe controller",
            controls={
                tg.controls.SafetyLimits(
                    limits="CNC soft limits on tool travel and on cut depth per pass"
                )
            },
        )
    )
    # Archive of every strike, proposal and confirmed cut, backed up nightly.
    records_store = tm.add(
        tg.Dataset(
            "Tuning records archive",
            stores={tuning_records},
            controls={tg.controls.DataVersioning(note="nightly backup to the office NAS")},
        )
    )

# ---------------------------------------------------------------- flows
# Ordering
tm.flow(church, portal, portal_login, church_contacts, bell_order, protocol="https")
tm.flow(portal, church, quote, protocol="https")
tm.flow(portal, order_db, church_contacts, bell_order, portal_login)
tm.flow(order_db, portal, church_contacts, bell_order, quote)
tm.flow(portal, mailer, confirmation_mail, protocol="https")
tm.flow(mailer, church, confirmation_mail, protocol="smtp+starttls")
tm.flow(office, portal, quote, protocol="https", label="admin pages")
tm.flow(portal, office, church_contacts, bell_order, protocol="https", label="admin pages")

# From order to tuning shop
tm.flow(office, workstation, tuning_target, protocol="smb", label="order sheet on shared drive")

# Tuning a bell
tm.flow(microphone, workstation, strike_recording, protocol="usb")
tm.flow(workstation, tuning_model, partials, tuning_target)
tm.flow(tuning_model, workstation, proposed_cut)
tm.flow(workstation, tuner, proposed_cut, partials, label="on the workstation screen")
tm.flow(tuner, workstation, cut_program, label="confirms or edits the cut")
tm.flow(workstation, lathe, cut_program, protocol="opc-ua")
tm.flow(lathe, workstation, lathe_status, protocol="opc-ua")
tm.flow(workstation, records_store, tuning_records)

# Retraining
tm.flow(records_store, retraining, tuning_records, protocol="smb")
tm.flow(retraining, model_share, tuning_model_file, protocol="smb")
tm.flow(model_share, tuning_model, tuning_model_file, protocol="smb")
