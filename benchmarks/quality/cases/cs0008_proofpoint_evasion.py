"""AML.CS0008 ProofPoint Evasion.

The victim: ProofPoint's email protection system, which scores every inbound
email with an ML model (each word scored numerically) and labels low-scoring mail
as spam, before delivering the mail, with its score headers, to customers' mailboxes.

Edits after the first analysis (new DSL facts, Engine v2):

- kind=documents on "Inbound email" and "Delivered email with score headers": "The researchers
  sent many emails through the system".
- kind=documents on "Email words": "Each word in an email is scored numerically".
- kind=model-output on "Email scores": "ProofPoint's Email Protection left model output
  scores in email headers."
- kind=training-data on "Labelled email corpus": the training set of "the ProofPoint model"
  (the case names the model, not its data).
"""

from __future__ import annotations

import threatgraph as tg

CASE_ID = "AML.CS0008"
NAME = "ProofPoint Evasion"


def build() -> tg.ThreatModel:
    tm = tg.ThreatModel(
        f"{CASE_ID} {NAME}",
        # A security product deciding which mail reaches customers' users.
        profile=tg.RiskProfile.HIGH,
        description="ML scoring of inbound email for spam and phishing.",
    )
    email = tg.Data("Inbound email", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.DOCUMENTS)
    tokens = tg.Data("Email words", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.DOCUMENTS)
    scores = tg.Data(
        "Email scores", sensitivity=tg.Sensitivity.INTERNAL, kind=tg.DataKind.MODEL_OUTPUT
    )
    delivered = tg.Data(
        "Delivered email with score headers",
        sensitivity=tg.Sensitivity.PII,
        kind=tg.DataKind.DOCUMENTS,
    )
    corpus = tg.Data(
        "Labelled email corpus", sensitivity=tg.Sensitivity.PII, kind=tg.DataKind.TRAINING_DATA
    )

    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        # "The researchers sent many emails through the system": anyone can send mail.
        sender = tm.add(tg.Actor("External email sender", role="sends email to customers"))

    with tm.boundary("ProofPoint Email Protection", trust=tg.Trust.INTERNAL):
        # "ProofPoint's email protection system"
        gateway = tm.add(
            tg.Service(
                "Email protection gateway",
                description="Receives inbound mail, scores it and labels low scores as spam.",
            )
        )
        # "Each word in an email is scored numerically based on multiple variables";
        # "mlxlogscore ... generally between 1 and 999"
        model = tm.add(
            tg.Model(
                "Email scoring model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Scores spam, phish and core mlx; low scores are labelled SPAM.",
            )
        )
        dataset = tm.add(tg.Dataset("Email training set", stores={corpus}))
        training = tm.add(tg.Pipeline("Scoring model training", stage=tg.Stage.TRAINING))

    with tm.boundary("Customer organisation", trust=tg.Trust.PARTNER):
        mailbox = tm.add(tg.DataStore("Recipient mailbox", stores={delivered}))
        recipient = tm.add(tg.Actor("Email recipient", role="customer employee"))

    tm.flow(sender, gateway, email, protocol="smtp")
    tm.flow(gateway, model, tokens)
    tm.flow(model, gateway, scores)
    # "ProofPoint's Email Protection left model output scores in email headers."
    tm.flow(gateway, mailbox, delivered, protocol="smtp")
    tm.flow(mailbox, recipient, delivered)
    tm.flow(dataset, training, corpus)
    tm.flow(training, model, label="trained weights")
    return tm


EXPECTED: dict[int, tuple[str, ...]] = {
    # "left model output scores in email headers"
    1: ("email-scoring-model", "email-protection-gateway->recipient-mailbox"),
    # "found samples from this 'offline' proxy model that helped give desired insight"
    4: ("email-scoring-model", "external-email-sender->email-protection-gateway"),
    # "create malicious emails that received preferable scores from the real ProofPoint
    # email protection system"
    5: ("email-scoring-model", "external-email-sender->email-protection-gateway"),
}
