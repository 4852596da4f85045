"""Weaving mill fabric defect cameras and order e-mail LLM: the first design, before review.

A small weaving mill has a camera over each loom. An inspection box on the mill floor
reads the camera streams, runs an in-house defect model on the frames and, when it
sees a weaving fault (broken end, float, missed pick), stops the loom through a relay
so the weaver can check. The weaver confirms or dismisses each stop on the loom-side
touchscreen; those labels and frames go to a file share in the office, and a job on
the office workstation retrains the model each month and publishes it if it beats
the current one. In the office, a small service reads customers' order e-mails from
the sales mailbox, sends them with lead times from the production plan to a hosted
LLM, and saves a draft order confirmation in the mailbox; the sales clerk checks it
and sends it. The office uses the mail provider's accounts with 2-step verification.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Weaving mill fabric defect cameras and order e-mail LLM",
    profile=tg.RiskProfile.LOW,
    description="Camera fault detection that stops looms, retrained monthly from weavers' "
    "labels; an LLM drafts order confirmations the sales clerk sends.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data("Loom camera frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data("Fabric fault detections", kind="model-output")
stop_signal = tg.Data("Loom stop signal", description="Opens the loom's stop circuit.")
fault_alert = tg.Data("Fault alert", description="Where the fault is, shown at the loom.")
labels = tg.Data(
    "Weaver fault labels",
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Real fault or false stop, and the fault type, per stop.",
)
training_set = tg.Data(
    "Fault image training set",
    kind="training-data",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Defect model weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint.",
)
order_email = tg.Data(
    "Customer order e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer's name and contact details, fabric, quantity, wanted date.",
)
plan = tg.Data(
    "Production plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Loom bookings, yarn stock and lead times per fabric.",
)
llm_prompt = tg.Data("Order confirmation prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft = tg.Data("Draft order confirmation", kind="model-output", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data("Order confirmation", kind="documents", sensitivity=tg.Sensitivity.PII)
confirmed_order = tg.Data(
    "Confirmed order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Buyers who order fabric by e-mail.
    customer = tm.add(tg.Actor("Customer", role="fabric buyer"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The hosted sales mailbox: orders arrive here and confirmations leave from here.
    mailbox = tm.add(tg.ExternalService("Sales mailbox", description="Hosted business e-mail."))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the order e-mail and writes the draft confirmation.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Mill floor", trust=tg.Trust.INTERNAL):
    # One camera over each loom, looking at the cloth as it is woven.
    cameras = tm.add(tg.Device("Loom cameras", fleet=True))
    # Reads the streams, runs the model, stops looms and shows faults to the weaver.
    inspection_box = tm.add(
        tg.Service(
            "Loom inspection box",
            description="Edge PC with a GPU and a touchscreen at each loom row.",
        )
    )
    # Spots weaving faults in the frames.
    defect_model = tm.add(
        tg.Model(
            "Fabric defect model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Object detector for broken ends, floats, missed picks and stains.",
        )
    )
    # Relay module wired into each loom's stop circuit.
    stop_relay = tm.add(tg.Service("Loom stop relay"))
    # Checks each stopped loom and says whether the fault was real.
    weaver = tm.add(tg.Actor("Weaver", role="weaver"))

with tm.boundary("Mill office", trust=tg.Trust.INTERNAL):
    # Frames and weavers' labels collected for the monthly retraining.
    dataset = tm.add(
        tg.Dataset(
            "Fault image dataset",
            stores={training_set, labels},
            controls={c.DataVersioning(note="one folder snapshot per month")},
        )
    )
    # Monthly retraining on the office workstation.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="publishes only if it beats the current model on last month's stops"
                )
            },
        )
    )
    # Folder on the office file share the inspection box loads the model from.
    model_share = tm.add(tg.ModelRegistry("Model file share", stores={weights}))
    # Spreadsheet of loom bookings and lead times kept by the office.
    plan_store = tm.add(tg.DataStore("Production plan spreadsheet", stores={plan}))
    # Reads new order e-mails, asks the LLM for a draft and saves it as a mail draft.
    email_assistant = tm.add(
        tg.Service(
            "Order e-mail assistant",
            controls={c.HumanInTheLoop(approver="sales clerk checks and sends every confirmation")},
        )
    )
    # Checks the drafts, sends them and books confirmed orders into the plan.
    clerk = tm.add(
        tg.Actor(
            "Sales clerk",
            role="sales clerk",
            controls={c.Authentication(method="mail provider account with 2-step verification")},
        )
    )

# ---------------------------------------------------------------- flows
# Fault detection on the looms
tm.flow(cameras, inspection_box, frames, protocol="rtsp")
tm.flow(inspection_box, defect_model, frames)
tm.flow(defect_model, inspection_box, detections)
tm.flow(inspection_box, stop_relay, stop_signal, protocol="modbus")
tm.flow(inspection_box, weaver, fault_alert, label="on the loom-side touchscreen")
tm.flow(weaver, inspection_box, labels, label="on the loom-side touchscreen")

# Monthly retraining
tm.flow(inspection_box, dataset, training_set, labels, protocol="smb")
tm.flow(dataset, training, training_set, labels)
tm.flow(training, model_share, weights)
tm.flow(model_share, defect_model, weights, protocol="smb", label="monthly model update")

# Order e-mails
tm.flow(customer, mailbox, order_email, protocol="smtp")
tm.flow(mailbox, email_assistant, order_email, protocol="https")
tm.flow(plan_store, email_assistant, plan, label="lead times")
tm.flow(email_assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, email_assistant, draft, protocol="https")
tm.flow(email_assistant, mailbox, draft, protocol="https", label="saved as a draft")
tm.flow(mailbox, clerk, order_email, draft, protocol="https")
tm.flow(clerk, mailbox, confirmation, protocol="https", label="checks and sends")
tm.flow(mailbox, customer, confirmation, protocol="smtp")
tm.flow(clerk, plan_store, confirmed_order, protocol="smb")
