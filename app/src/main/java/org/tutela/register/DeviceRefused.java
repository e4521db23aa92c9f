package org.tutela.register;

/** A change to the device register that cannot be made, with the reason. */
public class DeviceRefused extends RuntimeException {

    public DeviceRefused(String message) {
        super(message);
    }
}
